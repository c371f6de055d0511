@echo off
rem klantarena for Windows: runs lib\klantarena.jar with Java 17 or newer (JAVA_HOME, else java
rem on the PATH). KLANTARENA_JAVA_OPTS adds options for java.
setlocal
set "KLANTARENA_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo klantarena: Java 17 or newer is needed, and none was found; install one, or set JAVA_HOME 1>&2
  exit /b 2
)
for /f "tokens=3" %%v in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i "version"') do set "JAVA_VERSION=%%~v"
for /f "delims=." %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% LSS 17 (
  echo klantarena: Java 17 or newer is needed; %JAVA_EXE% is Java %JAVA_VERSION%. Install a newer one, or set JAVA_HOME 1>&2
  exit /b 2
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss4m -Xms16m -Xmn8m -XX:MinHeapFreeRatio=20 -Xshare:auto %KLANTARENA_JAVA_OPTS% -jar "%KLANTARENA_HOME%\lib\klantarena.jar" %*
exit /b %ERRORLEVEL%
