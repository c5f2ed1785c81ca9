package phrasing

import "testing"

// TestProseContext: shapes read on technical prose (READMEs, changelogs,
// FAQs), each with a twin that a postmortem would still be flagged for.
func TestProseContext(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Kim"})
	for _, tc := range []struct {
		rule, quiet, flagged string
	}{
		// A word inside a path.
		{"vague-area", "* debian/missing/docs: drop the extra copy of the manual.", "Missing docs made the restore slow."},
		{"vague-area", "Work around missing docs/setup/overview.xml in the build.", "Insufficient planning/management of capacity."},
		// A count, not a call for more.
		{"vague-area", "The lock now holds when two or more processes open the file.", "We need more processes."},
		{"vague-area", "Mark three more tests as slow.", "Add more tests."},
		// A pointer to where more is found.
		{"vague-area", "More documentation can be found on the project's website.", "More documentation is needed."},
		{"vague-area", "Better monitoring is available in the paid plan.", "Better monitoring is required."},
		// A why-question about a design that stands.
		{"why-question", "Why don't you just use float64?", "Why didn't you just use float64?"},
		{"why-question", "Why doesn't Kim use the shared cache?", "Why didn't Kim use the shared cache?"},
		// A decision given with its reason.
		{"own-conduct", "That is the reason I chose to omit the version from the package name.", "I chose to ignore the alert."},
		// "Common sense" as the ordinary meaning of a word.
		{"minimising", "These are not words in the common sense; they are split on boundaries.", "It is just common sense to check the disk."},
	} {
		if fs := c.Check(tc.quiet); hasRule(fs, tc.rule) {
			t.Errorf("%s flags %q: %s", tc.rule, tc.quiet, describe(fs))
		}
		if fs := c.Check(tc.flagged); !hasRule(fs, tc.rule) {
			t.Errorf("%s misses %q: %s", tc.rule, tc.flagged, describe(fs))
		}
	}
}
