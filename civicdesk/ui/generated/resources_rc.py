# Generated from resources/resources.qrc by civicdesk.ui.build_forms — do not edit.
# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01!\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#c05621\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M14.5 \
6.5a4 4 0 0 0 5 \
5l-9 9a2.1 2.1 0\
 0 1-3-3l9-9a4 4\
 0 0 0-2-2z\x22/><p\
ath d=\x22M16 3.5l4\
.5 4.5\x22/></svg>\x0a\
\
\x00\x00\x01D\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#c53030\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M12 20\
s-7.5-4.4-7.5-10\
A4.3 4.3 0 0 1 1\
2 7.3 4.3 4.3 0 \
0 1 19.5 10c0 5.\
6-7.5 10-7.5 10z\
\x22/><path d=\x22M6 1\
2h3l1.5-2.5 2 5 \
1.5-2.5h4\x22/></sv\
g>\x0a\
\x00\x00\x01\x02\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#805ad5\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><circle cx=\x2212\x22\
 cy=\x228\x22 r=\x224\x22/><\
path d=\x22M4 21c0-\
4.4 3.6-7 8-7s8 \
2.6 8 7\x22/></svg>\
\x0a\
\x00\x00\x01d\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#553c9a\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><circle cx=\x225\x22 \
cy=\x226\x22 r=\x222.2\x22/>\
<circle cx=\x2219\x22 \
cy=\x226\x22 r=\x222.2\x22/>\
<circle cx=\x2212\x22 \
cy=\x2218\x22 r=\x222.2\x22/\
><circle cx=\x2212\x22\
 cy=\x2210\x22 r=\x222.2\x22\
/><path d=\x22M7 7l\
3 2M17 7l-3 2M12\
 12.2v3.6\x22/></sv\
g>\x0a\
\x00\x00\x01\x06\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2b6cb0\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M3 11 \
12 4l9 7\x22/><path\
 d=\x22M5 10v10h14V\
10\x22/><path d=\x22M1\
0 20v-6h4v6\x22/></\
svg>\x0a\
\x00\x00\x01f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2f855a\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><circle cx=\x228\x22 \
cy=\x228\x22 r=\x223\x22/><c\
ircle cx=\x2216.5\x22 \
cy=\x229\x22 r=\x222.5\x22/>\
<path d=\x22M2.5 20\
c0-3.5 2.5-6 5.5\
-6s5.5 2.5 5.5 6\
\x22/><path d=\x22M13.\
5 14.5c1-.6 2-.9\
 3-.9 2.7 0 4.5 \
2.2 4.5 5.4\x22/></\
svg>\x0a\
\x00\x00\x01\x1b\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#b7791f\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M12 3 \
2.5 20h19z\x22/><pa\
th d=\x22M12 9.5v5\x22\
/><circle cx=\x2212\
\x22 cy=\x2217.3\x22 r=\x22.\
6\x22 fill=\x22#b7791f\
\x22/></svg>\x0a\
\x00\x00\x02\x17\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22 width\
=\x2264\x22 height=\x2264\
\x22>\x0a  <rect x=\x222\x22\
 y=\x222\x22 width=\x2260\
\x22 height=\x2260\x22 rx\
=\x2213\x22 fill=\x22#2b6\
cb0\x22/>\x0a  <path d\
=\x22M12 30 32 14l2\
0 16\x22 fill=\x22none\
\x22 stroke=\x22#fff\x22 \
stroke-width=\x224\x22\
 stroke-linecap=\
\x22round\x22 stroke-l\
inejoin=\x22round\x22/\
>\x0a  <path d=\x22M17\
 28v20h30V28\x22 fi\
ll=\x22none\x22 stroke\
=\x22#fff\x22 stroke-w\
idth=\x224\x22 stroke-\
linejoin=\x22round\x22\
/>\x0a  <circle cx=\
\x2226\x22 cy=\x2238\x22 r=\x22\
3.5\x22 fill=\x22#f6e0\
5e\x22/><circle cx=\
\x2238\x22 cy=\x2238\x22 r=\x22\
3.5\x22 fill=\x22#9ae6\
b4\x22/>\x0a  <path d=\
\x22M26 38h12\x22 stro\
ke=\x22#fff\x22 stroke\
-width=\x222.5\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x01\x11\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22 fill=\x22none\x22 st\
roke=\x22#2c7a7b\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
><path d=\x22M3 6.5\
 9 4l6 2.5L21 4v\
13.5L15 20l-6-2.\
5L3 20z\x22/><path \
d=\x22M9 4v13.5M15 \
6.5V20\x22/></svg>\x0a\
\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x066\xac\x07\
\x00t\
\x00o\x00o\x00l\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x03\xa6\x8d\xc7\
\x00h\
\x00e\x00a\x00l\x00t\x00h\x00.\x00s\x00v\x00g\
\x00\x0a\
\x07*\x82\x07\
\x00p\
\x00e\x00o\x00p\x00l\x00e\x00.\x00s\x00v\x00g\
\x00\x0b\
\x06g\xcd\x07\
\x00n\
\x00e\x00t\x00w\x00o\x00r\x00k\x00.\x00s\x00v\x00g\
\x00\x0a\
\x09\xcd\x16'\
\x00s\
\x00p\x00a\x00c\x00e\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0c{\x88\x07\
\x00g\
\x00r\x00o\x00u\x00p\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0f\xc9CG\
\x00r\
\x00e\x00v\x00i\x00e\x00w\x00.\x00s\x00v\x00g\
\x00\x0d\
\x08\x87\xa8'\
\x00c\
\x00i\x00v\x00i\x00c\x00d\x00e\x00s\x00k\x00.\x00s\x00v\x00g\
\x00\x07\
\x03\x83Z'\
\x00m\
\x00a\x00p\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x09\x00\x00\x00\x02\
\x00\x00\x00\xe6\x00\x00\x00\x00\x00\x01\x00\x00\x0a\x89\
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x01%\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x5c\x00\x00\x00\x00\x00\x01\x00\x00\x03s\
\x00\x00\x00B\x00\x00\x00\x00\x00\x01\x00\x00\x02m\
\x00\x00\x00\xc6\x00\x00\x00\x00\x00\x01\x00\x00\x08n\
\x00\x00\x00x\x00\x00\x00\x00\x00\x01\x00\x00\x04\xdb\
\x00\x00\x00\x92\x00\x00\x00\x00\x00\x01\x00\x00\x05\xe5\
\x00\x00\x00\xac\x00\x00\x00\x00\x00\x01\x00\x00\x07O\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
