@echo off
rem Starts the Hearth relay: hearth-relay [OPTIONS]; hearth-relay --help lists them.
rem
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the java on the PATH. The jar
rem itself says in one line when that Java is older than it needs.
rem The jar: hearth-relay.jar next to this script, else ..\lib\hearth-relay.jar.
rem HEARTH_RELAY_JAVA_OPTS: more JVM options, after the defaults below (so they win).
setlocal

rem The relay's JVM options, in this one place; separated by spaces.
rem -Xmx640m: the heap the default limits, files included, are sized for (docs/relay.md, "Memory").
rem -XX:+ExitOnOutOfMemoryError: a relay out of memory exits at once, so a supervisor restarts it.
set "JAVA_OPTS_DEFAULT=-Xmx640m -XX:+ExitOnOutOfMemoryError"

if not defined JAVA_HOME goto javaOnPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto findJar
echo hearth-relay: JAVA_HOME is %JAVA_HOME%, but it has no bin\java.exe; set JAVA_HOME to a Java 25. 1>&2
exit /b 1

:javaOnPath
set "JAVA_EXE=java.exe"
where /q java.exe
if not errorlevel 1 goto findJar
echo hearth-relay: no Java found; set JAVA_HOME to a Java 25, or install one (e.g. Temurin 25). 1>&2
exit /b 1

:findJar
set "JAR=%~dp0hearth-relay.jar"
if not exist "%JAR%" set "JAR=%~dp0..\lib\hearth-relay.jar"
if exist "%JAR%" goto run
echo hearth-relay: hearth-relay.jar is neither in %~dp0 nor in %~dp0..\lib. 1>&2
exit /b 1

:run
"%JAVA_EXE%" %JAVA_OPTS_DEFAULT% %HEARTH_RELAY_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
