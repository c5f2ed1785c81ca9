package phrasing

import "testing"

// TestPersonHarm: a person or role as the subject of harm done to the
// systems ("the contractor damaged the pipe") flags like "broke"; weather,
// machines and repairs of damage stay quiet.
func TestPersonHarm(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The contractor damaged the cooling pipe.",
		"Our DBA destroyed the staging data.",
		"The intern severed the fibre link while moving racks.",
		"Kim wrecked the release branch.",
		"The on-call engineer damaged the only replica while resizing it.",
	} {
		if fs := c.Check(note); !hasRule(fs, "person-failure") {
			t.Errorf("person-failure misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"A backhoe severed the fibre link.",
		"The flood damaged two racks.",
		"The fire destroyed the generator.",
		"The upgrade wrecked the cache hit rate.",
		"The contractor repaired the damaged pipe.",
		"Engineers replaced the damaged disks.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "person-failure") {
			t.Errorf("person-failure flags %q: %s", quiet, describe(fs))
		}
	}
}

// TestPersonMisVerbs: verbs of error only people commit ("miscalculated",
// "mislabeled") with a person, a role or the team as subject flag; a
// program doing the same and the writer's plain slip stay quiet.
func TestPersonMisVerbs(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Kim miscalculated the quota.",
		"The DBA misdiagnosed the lock contention.",
		"The on-call misrouted the page to the wrong team.",
		"The intern mislabeled the volumes.",
		"The engineer omitted the flag from the deploy command.",
		"We miscalculated the disk growth.",
	} {
		if fs := c.Check(note); !hasRule(fs, "person-failure") {
			t.Errorf("person-failure misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The script omitted the header.",
		"The balancer misrouted the request.",
		"I misremembered the port.",
		"The parser misreported the size.",
		"The config misplaced the file.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "person-failure") {
			t.Errorf("person-failure flags %q: %s", quiet, describe(fs))
		}
	}
}

// TestPersonPanicked: a known person or role who panicked flags; a
// program that panicked stays quiet.
func TestPersonPanicked(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The junior engineer panicked and restarted the cluster.",
		"Priya panicked when the pager went off.",
		"Our on-call panicked.",
	} {
		if fs := c.Check(note); !hasRule(fs, "person-failure") {
			t.Errorf("person-failure misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"Go panicked on the nil map.",
		"The kernel panicked twice.",
		"The script panicked with a nil pointer.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "person-failure") {
			t.Errorf("person-failure flags %q: %s", quiet, describe(fs))
		}
	}
}
