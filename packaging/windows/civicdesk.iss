; The Windows installer: dist\civicdesk\ (PyInstaller's one folder) into Program Files, a Start-menu
; entry, and .civicdesk bundles opening with CivicDesk. Built by CI (.github/workflows/build.yml):
;   ISCC.exe /DAppVersion=1.2.3 packaging\windows\civicdesk.iss   ->  dist\CivicDesk-1.2.3-setup.exe
; Paths are relative to this file. Built by CI on Windows; not checked on the Linux machine.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6A1C5E0B-7C1D-4E59-9E0A-CD15C0DE5A22}
AppName=CivicDesk
AppVersion={#AppVersion}
AppPublisher=CivicDesk
DefaultDirName={autopf}\CivicDesk
DefaultGroupName=CivicDesk
DisableProgramGroupPage=yes
; Per-user install unless the person chooses all users: volunteers rarely have admin rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=CivicDesk-{#AppVersion}-setup
SetupIconFile=civicdesk.ico
UninstallDisplayIcon={app}\civicdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\civicdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CivicDesk"; Filename: "{app}\civicdesk.exe"
Name: "{autodesktop}\CivicDesk"; Filename: "{app}\civicdesk.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a bundle runs `civicdesk.exe --open FILE` (HKA: the current user's or all users'
; classes, whichever kind of install this is).
Root: HKA; Subkey: "Software\Classes\.civicdesk"; ValueType: string; ValueName: ""; ValueData: "CivicDesk.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.civicdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.civicdesk.bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CivicDesk.Bundle"; ValueType: string; ValueName: ""; ValueData: "CivicDesk bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CivicDesk.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\civicdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\CivicDesk.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\civicdesk.exe"" --open ""%1"""

[Run]
Filename: "{app}\civicdesk.exe"; Description: "{cm:LaunchProgram,CivicDesk}"; Flags: nowait postinstall skipifsilent
