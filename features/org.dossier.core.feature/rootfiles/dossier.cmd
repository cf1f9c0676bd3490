@echo off
rem Dossier launcher for Windows: no arguments open the workbench, a command runs headless.
setlocal
set HERE=%~dp0
set JAVA=java
if defined DOSSIER_JAVA_HOME set JAVA=%DOSSIER_JAVA_HOME%\bin\java
if not defined DOSSIER_JAVA_HOME if defined JAVA_HOME set JAVA=%JAVA_HOME%\bin\java
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set LAUNCHER=%%f
if not defined DOSSIER_VMARGS set DOSSIER_VMARGS=-Xmx2g
set STATE=%USERPROFILE%\.dossier
if "%~1"=="" goto workbench
if "%~1"=="-dossier" goto workbench
"%JAVA%" %DOSSIER_VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -application org.dossier.cli.application -nosplash -data @none %*
exit /b %ERRORLEVEL%
:workbench
start "" "%JAVA%w" %DOSSIER_VMARGS% -jar "%LAUNCHER%" -application org.dossier.ui.application -data "%STATE%\workspace" %*
