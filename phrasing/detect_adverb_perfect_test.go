package phrasing

import "testing"

// TestFaultAdverbPerfect: a person's slip told in the perfect ("had
// accidentally terminated") flags as the simple past does; the writer's
// own account and a system's act stay quiet.
func TestFaultAdverbPerfect(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The engineer had accidentally terminated all the nodes.",
		"Our DBA has mistakenly dropped the index.",
		"Kim had carelessly pushed the tag.",
		"The contractor had hastily rewired the panel.",
		"@lee has wrongly assumed the flag was off.",
	} {
		if fs := c.Check(note); !hasRule(fs, "fault-adverb") {
			t.Errorf("fault-adverb misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"I had accidentally closed the terminal.",
		"The script had mistakenly deleted the rows.",
		"The scheduler has incorrectly placed the pod.",
		"We had accidentally caused this with the migration.",
		"The CDN had wrongly cached the page.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "fault-adverb") {
			t.Errorf("fault-adverb flags %q: %s", quiet, describe(fs))
		}
	}
}
