"""The main window: the project list, the selected project's detail, menus, toolbar and the operations on projects."""
