package phrasing

import "testing"

// TestCommunityRoles: groups of people who keep a project running
// (moderators, volunteers, contributors) are people when they are the
// subject of a step of care left out; what happened to them, and what they
// did, stay quiet.
func TestCommunityRoles(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Volunteers did not check the donation form before launch.",
		"Contributors never reviewed the migration script.",
		"Moderators ignored the reports about the spam wave.",
		"The moderators forgot to lock the thread.",
		"Two contributors skipped the release checklist.",
	} {
		if fs := c.Check(note); !hasRule(fs, "person-failure") {
			t.Errorf("person-failure misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"Contributors did not receive the email because the list was broken.",
		"Moderators removed the spam within minutes.",
		"Volunteers were moved to the new chat server.",
		"Should contributors review the migration script?",
		"Contributors must review every migration script.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "person-failure") {
			t.Errorf("person-failure flags %q: %s", quiet, describe(fs))
		}
	}
}
