@echo off
rem Offline installer for MLOps Lifecycle Canvas @VERSION@: runs install.ps1 beside this file.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
exit /b %ERRORLEVEL%
