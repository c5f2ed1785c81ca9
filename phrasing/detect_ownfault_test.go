package phrasing

import "testing"

// TestBlameOwned: the writer or the team owning its faults as a verdict,
// and blame placed on someone, flag; a mistake found, a lesson, blame
// denied, who owns the work ahead, a question and a condition stay quiet.
func TestBlameOwned(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"Our earlier missteps made the recovery twice as long.",
		"I apologise for my careless blunders on Tuesday.",
		"Frankly, our shortcomings were the reason customers left.",
		"My mistakes were inexcusable.",
		"We have to admit our failings in the handover.",
		"The blame fell on the night shift.",
		"In the end, the responsibility rested entirely with me.",
		"The blame for the data loss lies with @dana.",
		"Responsibility for the outage ultimately lies with our contractor.",
		"All the blame sits with us.",
		"Our missteps that night were inexcusable.",
	} {
		if fs := c.Check(note); !hasRule(fs, "blame-owned") {
			t.Errorf("blame-owned misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"After we spotted our mistakes, the restore took ten minutes.",
		"Teams that learn from their failures ship more safely.",
		"The blame does not lie with the on-call engineer.",
		"Responsibility for the follow-up lies with the storage team.",
		"Where does the blame fall when a vendor ships a bad patch?",
		"If the blame falls on one person, people stop reporting problems.",
		"Our failures table lists every failed job.",
		"The blame game helps nobody.",
		"The fault lies with the power supply.",
		"Our errors are logged to the central store.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "blame-owned") {
			t.Errorf("blame-owned flags %q: %s", quiet, describe(fs))
		}
	}
}
