; Inno Setup 6 script: a per-user installer for the PyInstaller bundle of Event Planner.
;
;   Build the bundle first (packaging/README.md), then from the repository root:
;     iscc packaging\windows\eventplanner.iss
;   -> dist\installer\EventPlanner-<version>-setup.exe
;
; The version is read from the bundled executable's version resource, which packaging/pyinstaller/eventplanner.spec
; writes from eventplanner.__version__ (src/eventplanner/__init__.py): one place for the version number.
; Override it with  iscc /DAppVersion=1.2.3 packaging\windows\eventplanner.iss
;
; Per-user: no administrator rights, installs into %LOCALAPPDATA%\Programs\Event Planner, Start menu entry for
; the current user, optional desktop shortcut, and an uninstaller in "Installed apps". The user's data
; (%LOCALAPPDATA%\eventplanner\) is never touched by install or uninstall.

#define AppName "Event Planner"
#define AppExeName "eventplanner-gui.exe"
#define BundleDir "..\..\dist\eventplanner"
#ifndef AppVersion
  #define AppVersion GetFileProductVersion(BundleDir + "\eventplanner.exe")
#endif
#if AppVersion == ""
  #error Could not read the version from dist\eventplanner\eventplanner.exe; build the bundle first or pass /DAppVersion=
#endif

[Setup]
; AppId identifies the application for upgrades and the uninstaller: never change it.
AppId={{A4478962-4231-4CE1-B0BD-CC800CCF56A4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Event Planner developers
AppPublisherURL=https://github.com/eventplanner/eventplanner
AppSupportURL=https://github.com/eventplanner/eventplanner/issues
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\eventplanner.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=EventPlanner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables and _internal\ (Python, Qt, resources, migrations).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the application may have written beside itself (Python caches); the user's data lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"
