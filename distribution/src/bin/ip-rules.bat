@echo off
rem ip-rules: runs the ip-rules command from this distribution, from any working directory.
rem
rem   bin\ip-rules.bat evaluate REQUEST.json          (README "Install / distribution")
rem
rem Environment:
rem   JAVA_HOME      the Java 17+ to use; otherwise java on the PATH
rem   JAVA_OPTS      extra JVM options, added after the defaults below (e.g. set JAVA_OPTS=-Xmx512m)
rem   IP_RULES_OPTS  extra JVM options for ip-rules only, added last
setlocal EnableExtensions DisableDelayedExpansion

rem The command writes UTF-8 (and this file is UTF-8): switch the console to code page 65001 while it runs, and back
rem at the end, so Chinese shows as Chinese on a console set to GBK (936) or another code page.
set "OLD_CODE_PAGE="
for /f "tokens=2 delims=:." %%C in ('chcp') do set "OLD_CODE_PAGE=%%C"
chcp 65001 >nul

rem JVM options this launcher always passes, before JAVA_OPTS (which can override them), per command, as bin/ip-rules
rem (which explains them): batch a long run in bounded memory, serve the JVM's defaults, anything else a short run.
rem Unlike bin/ip-rules, this script makes no class-data archive. JVM messages go to stderr, errors only, and so do
rem the JVM's own ("Error occurred during initialization of VM"), which it prints on stdout otherwise; a crash's
rem banner still goes to stdout (HotSpot fixes its error stream before it reads any flag).
rem The command's name: the first argument, or the one after a leading --lang (cmd splits --lang=en at its '=' too).
set "IPR_COMMAND=%~1"
if /i "%~1"=="--lang" set "IPR_COMMAND=%~3"
set "DEFAULT_JVM_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%IPR_COMMAND%"=="batch" set "DEFAULT_JVM_OPTS=-Xmx512m -XX:+UseParallelGC -XX:-TieredCompilation -XX:LoopUnrollLimit=0 -XX:-PartialPeelLoop -XX:-LoopUnswitching -XX:-UseLoopPredicate -XX:-UseProfiledLoopPredicate -XX:-UseSuperWord -XX:-SplitIfBlocks -XX:-UseTypeSpeculation"
if /i "%IPR_COMMAND%"=="serve" set "DEFAULT_JVM_OPTS="

rem A collector the user's options choose (-XX:+UseG1GC...) replaces the launcher's: the JVM refuses two ("Multiple
rem garbage collectors selected"). Delayed expansion for this test only: quotes or & | in the options cannot break it.
set "USER_GC="
setlocal EnableDelayedExpansion
set "USER_OPTS= !JAVA_TOOL_OPTIONS! !JDK_JAVA_OPTIONS! !JAVA_OPTS! !IP_RULES_OPTS! !_JAVA_OPTIONS! "
for %%G in (Serial Parallel G1 Z Shenandoah Epsilon) do (
  if not "!USER_OPTS:-XX:+Use%%GGC=!"=="!USER_OPTS!" set "USER_GC=1"
)
endlocal & set "USER_GC=%USER_GC%"
set "DEFAULT_JVM_OPTS=-Xlog:disable -Xlog:all=error:stderr -XX:+DisplayVMOutputToStderr %DEFAULT_JVM_OPTS%"
rem After the line above, which defines it for every command: the substitution below of an undefined variable (as
rem serve's empty one is) would not expand to nothing.
if defined USER_GC set "DEFAULT_JVM_OPTS=%DEFAULT_JVM_OPTS:-XX:+UseSerialGC=%"
if defined USER_GC set "DEFAULT_JVM_OPTS=%DEFAULT_JVM_OPTS:-XX:+UseParallelGC=%"

set "MAIN_CLASS=io.iprules.examples.IpRules"
set MIN_JAVA=17

rem %~dp0 is this script's own directory, whatever the working directory.
for %%I in ("%~dp0..") do set "APP_HOME=%%~fI"

rem Which java: %JAVA_HOME%\bin\java.exe, or java.exe on the PATH. Messages are printed outside ( ) blocks, where a
rem path such as "C:\Program Files (x86)\..." cannot close a block early.
set STATUS=1
if defined JAVA_HOME goto javaHome
where java.exe >nul 2>&1
if not errorlevel 1 goto javaOnPath
echo ip-rules: 找不到 Java:请安装 Java %MIN_JAVA% 或更高版本,或设置 JAVA_HOME。 1>&2
echo ip-rules: Java not found: install Java %MIN_JAVA% or later, or set JAVA_HOME. 1>&2
goto end

:javaOnPath
set "JAVACMD=java.exe"
goto checkVersion

:javaHome
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVACMD%" goto checkVersion
echo ip-rules: JAVA_HOME 指向的目录里没有 Java (%JAVA_HOME%);需要 Java %MIN_JAVA% 或更高版本。 1>&2
echo ip-rules: JAVA_HOME is set to a directory without Java (%JAVA_HOME%); Java %MIN_JAVA% or later is needed. 1>&2
goto end

:checkVersion
rem java -version prints e.g. openjdk version "17.0.15" 2025-04-15 (or "1.8.0_412" for Java 8). "call" first, so
rem that cmd does not strip the quotes around the java path.
set "JAVA_VERSION="
for /f "tokens=3" %%V in ('call "%JAVACMD%" -version 2^>^&1 ^| findstr /i /c:" version "') do (
  if not defined JAVA_VERSION set "JAVA_VERSION=%%~V"
)
set "JAVA_MAJOR="
for /f "delims=.-+_ tokens=1,2" %%A in ("%JAVA_VERSION%") do (
  if "%%A"=="1" (set "JAVA_MAJOR=%%B") else (set "JAVA_MAJOR=%%A")
)
set /a JAVA_MAJOR_NUMBER=JAVA_MAJOR+0 >nul 2>&1
if %JAVA_MAJOR_NUMBER% GEQ %MIN_JAVA% goto run
echo ip-rules: 需要 Java %MIN_JAVA% 或更高版本,但 "%JAVACMD%" 是 Java %JAVA_VERSION%。请安装 Java %MIN_JAVA%+ 或设置 JAVA_HOME。 1>&2
echo ip-rules: Java %MIN_JAVA% or later is needed, but "%JAVACMD%" is Java %JAVA_VERSION%. Install Java %MIN_JAVA%+ or set JAVA_HOME. 1>&2
goto end

:run
rem Every jar in lib\: the command, each rule module (a separate jar each, as Drools needs), their libraries.
"%JAVACMD%" %DEFAULT_JVM_OPTS% %JAVA_OPTS% %IP_RULES_OPTS% -cp "%APP_HOME%\lib\*" %MAIN_CLASS% %*
set STATUS=%ERRORLEVEL%

:end
if defined OLD_CODE_PAGE chcp %OLD_CODE_PAGE% >nul
exit /b %STATUS%
