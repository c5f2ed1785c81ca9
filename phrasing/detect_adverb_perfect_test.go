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

// TestJudgementGradedPassive: a judgement only people make, graded as an
// error in the passive ("it was erroneously assumed"), flags with the
// grade taken out; a program's reading and a reason stay quiet.
func TestJudgementGradedPassive(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, tc := range []struct{ note, fixed string }{
		{"It was erroneously assumed that the transform was idempotent.", "It was assumed that the transform was idempotent."},
		{"It was mistakenly believed that the backups were encrypted.", "It was believed that the backups were encrypted."},
		{"The load was wrongly judged to be safe.", "The load was judged to be safe."},
		{"It was wrongly assumed the flag was off.", "It was assumed the flag was off."},
		{"Capacity was mistakenly thought to be enough.", "Capacity was thought to be enough."},
	} {
		var f *Finding
		fs := c.Check(tc.note)
		for k := range fs {
			if fs[k].Rule == "act-graded" {
				f = &fs[k]
			}
		}
		if f == nil {
			t.Errorf("act-graded misses %q: %s", tc.note, describe(fs))
			continue
		}
		if got := f.Apply(tc.note); got != tc.fixed {
			t.Errorf("%q becomes %q, want %q", tc.note, got, tc.fixed)
		}
	}
	for _, quiet := range []string{
		"The header was erroneously assumed to be UTF-8 by the parser.",
		"It was assumed that the transform was idempotent.",
		"Was it wrongly assumed that the flag was off?",
		"The value was erroneously assumed zero due to a bug.",
		"Loops can be mistakenly thought finished by the checker.",
	} {
		if fs := c.Check(quiet); hasRule(fs, "act-graded") {
			t.Errorf("act-graded flags %q: %s", quiet, describe(fs))
		}
	}
}

// TestOperatorActsGraded: more of an operator's acts graded in the
// passive by timing or conduct ("was prematurely tagged", "was hastily
// transferred") flag; the slip told with no one named ("was mistakenly
// transferred"), a program's act, a reason and what may happen stay quiet.
func TestOperatorActsGraded(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The balance was hastily transferred to the trading wallet.",
		"The release was prematurely tagged.",
		"The old volume was carelessly reformatted.",
		"The ticket was closed by the support lead by mistake.",
		"It was wrongly assumed that the account was closed.",
	} {
		if fs := c.Check(note); !hasRule(fs, "act-graded") {
			t.Errorf("act-graded misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"The balance was mistakenly transferred to the trading wallet.",
		"The old volume was erroneously reformatted.",
		"The ticket was mistakenly closed.",
		"The account was wrongly cancelled.",
		"The message was mistakenly closed by the filter.",
		"The row was erroneously replaced due to a bug.",
		"The file was transferred to the archive.",
		"Tickets can be mistakenly closed when the label is missing.",
		"Was the account wrongly cancelled?",
	} {
		if fs := c.Check(quiet); hasRule(fs, "act-graded") {
			t.Errorf("act-graded flags %q: %s", quiet, describe(fs))
		}
	}
}

// TestActByMistake: a named person or a role doing an operator's act by
// mistake, in error or by accident, told in the active, flags; the
// writer's own account, a program, and an accident in the passive stay
// quiet.
func TestActByMistake(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, note := range []string{
		"The DBA ran the script against production by mistake.",
		"Kim deleted the bucket by mistake.",
		"The on-call restarted the primary in error.",
		"@lee pushed the tag by accident.",
		"Our contractor had dropped the table by mistake.",
	} {
		if fs := c.Check(note); !hasRule(fs, "act-graded") {
			t.Errorf("act-graded misses %q: %s", note, describe(fs))
		}
	}
	for _, quiet := range []string{
		"I ran it on prod by mistake.",
		"The cron job deleted the rows in error.",
		"The bucket was deleted by accident.",
		"The alert fired by mistake during the drill.",
		"Did Kim delete the bucket by mistake?",
	} {
		if fs := c.Check(quiet); hasRule(fs, "act-graded") {
			t.Errorf("act-graded flags %q: %s", quiet, describe(fs))
		}
	}
}
