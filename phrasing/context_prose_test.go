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
		// A program's behaviour described with care or conduct words.
		{"vague-action", "The configure script should be more careful with linker scripts.", "Kim should be more careful with linker scripts."},
		{"vague-action", "Client libraries must be careful to avoid clashing names.", "Engineers must be careful to avoid clashing names."},
		{"blame-labels", "A shell command may mess up the key state of the terminal.", "Kim may mess up the key state of the terminal."},
		// "If only" that restricts, with a noun spelled like a past form.
		{"if-only", "If only zero values are given in a set, the feature is off.", "If only we set the limit, the feature would be off."},
		// A failure participle as an adjective.
		{"person-failure", "An ignored property request may hang the client.", "Kim ignored the property request."},
		{"person-failure", "If ignored, the signal behaves like no action.", "We ignored the signal."},
		{"person-failure", "Removed forgotten defines from the header.", "We forgot the defines in the header."},
		// A mechanism's punishment names no one.
		{"punitive", "The punishment for a missed heartbeat is an automatic restart of the pod.", "The punishment for the missed deploy should be Kim's access revoked."},
		{"punitive", "Clients over the quota are punished with a slower queue.", "Whoever ran the script should be punished."},
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

// TestPlainChangelogs: items under a Debian or GNU changelog entry record
// changes made; the same items under a postmortem's action items are
// vague and flag.
func TestPlainChangelogs(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, text := range []string{
		"mypkg (1.2.3-1) unstable; urgency=medium\n\n  * Improve documentation.\n  * Add more tests.\n\n -- Kim Lee <kim@example.org>  Mon, 01 Mar 2021 10:00:00 +0000\n",
		"2021-03-04  Kim Lee  <kim@example.org>\n\n\t* Improve documentation.\n\t* Add more tests.\n",
		"Overview of Changes in Frobber 2.72.0\n=====================================\n\n* Improve documentation\n* Add more tests\n",
	} {
		if fs := c.Check(text); len(fs) > 0 {
			t.Errorf("flags a changelog: %s\n%s", describe(fs), text)
		}
	}
	for _, text := range []string{
		"## Action items\n\n- Improve documentation.\n- Add more tests.\n",
		"2021-03-04 we met about the outage.\n\n- Improve documentation.\n",
		"Changes in the load balancer\n\n- Improve documentation.\n",
	} {
		if fs := c.Check(text); !hasRule(fs, "vague-area") {
			t.Errorf("misses the vague action items: %s\n%s", describe(fs), text)
		}
	}
}
