"""Use cases. Each public function is one unit of work and returns domain data, never ORM rows."""
