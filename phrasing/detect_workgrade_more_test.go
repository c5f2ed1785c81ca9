package phrasing

import "testing"

// TestWatchingGraded: the team's watching, checks or alerts graded as not
// good enough flag like its testing and monitoring do; a thing's size, a
// grade met, a question and a program's state stay quiet.
func TestWatchingGraded(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The automated watching isn't good enough.",
		"Our checks weren't good enough.",
		"The manual checking was not thorough enough.",
		"Our alerts were inadequate for a failover.",
		"The vetting of new plugins was sloppy.",
	} {
		if fs := c.Check(note); !hasRule(fs, "work-graded") && !hasRule(fs, "vague-factor") {
			t.Errorf("work-graded misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The disk was not big enough.",
		"The checks were good enough for the old schema.",
		"Is the watching good enough now?",
		"The health checks were failing for ten minutes.",
		"The alerts were sent to the old channel.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "work-graded") {
			t.Errorf("work-graded flags %q: %s", quiet, describe(fs))
		}
	}
}
