module dockgate.invalid/differential

go 1.19
