from civicdesk.core.clock import MAX_COUNTER, HybridClock, Stamp


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_keep_increasing_when_the_wall_clock_goes_backwards():
    wall = FakeWall(1_000_000)
    clock = HybridClock("site-a", now=wall)
    first = clock.tick()
    wall.ms = 400_000  # someone set the laptop's clock back
    second = clock.tick()
    third = clock.tick()
    assert first < second < third
    assert second.wall_ms == first.wall_ms and second.counter == first.counter + 1
    assert first.encode() < second.encode() < third.encode()


def test_stamps_follow_the_wall_clock_when_it_moves_forward():
    wall = FakeWall(5_000)
    clock = HybridClock("s", now=wall)
    clock.tick()
    wall.ms = 9_000
    assert clock.tick() == Stamp(9_000, 0, "s")


def test_a_restarted_clock_resumes_after_the_last_stored_stamp():
    wall = FakeWall(100)
    stored = Stamp(2_000, 4, "s")
    clock = HybridClock("s", last=stored, now=wall)
    assert clock.tick() > stored


def test_observing_a_remote_stamp_moves_past_it():
    clock = HybridClock("local", now=FakeWall(10))
    remote = Stamp(50_000, 7, "remote")
    seen = clock.observe(remote)
    assert seen > remote and clock.tick() > seen


def test_counter_overflow_borrows_the_next_millisecond():
    clock = HybridClock("s", last=Stamp(7, MAX_COUNTER, "s"), now=FakeWall(1))
    assert clock.tick() == Stamp(8, 0, "s")


def test_encoded_stamps_round_trip_and_sort_like_stamps():
    stamps = [Stamp(5, 10, "b"), Stamp(5, 9, "z"), Stamp(40, 0, "a"), Stamp(5, 10, "a")]
    encoded = sorted(s.encode() for s in stamps)
    assert [Stamp.decode(e) for e in encoded] == sorted(stamps)
