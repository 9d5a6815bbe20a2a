"""Pure rules and plain data: no Qt, no SQL. Every other layer builds on this one."""
