"""The shell: main window, menus and toolbar, pages, file operations, welcome page, preferences."""
