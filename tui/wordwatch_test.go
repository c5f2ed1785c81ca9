package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// pause moves the test clock on by a second, as a facilitator reads the
// screen between two keys.
func pause(m *Model) {
	was := m.now
	m.now = func() time.Time { return was().Add(time.Second) }
}

// typeSlowly types s a key at a time, the clock moving between keys as a
// scribe's fingers do.
func typeSlowly(m *Model, c *clock, s string, gap time.Duration) {
	for _, r := range s {
		c.advance(gap)
		typeKeys(m, string(r))
	}
}

// TestSentenceStartingWithAListKeyGoesToTheBox: a scribe who starts a
// lower-case sentence on the notes list whose first letter is a list key
// ("we paged…" where w asks why, "everyone…" where e edits, "dropped…"
// where d deletes, "up to…" where u undoes) types it into the box whole:
// no note is edited, moved, deleted or put back, and every letter is
// there. On the review pane, "Is the canary…" does not open the import
// prompt.
func TestSentenceStartingWithAListKeyGoesToTheBox(t *testing.T) {
	notes := []string{"Staging runs a tenth of the production pool", "The pool alert was never set up"}
	for _, line := range []string{"we paged the dba at 09:20", "everyone agreed to roll back", "dropped the cache and it recovered",
		"up to five percent of checkouts failed", "did the page fire at all", "lines of retries filled the log",
		"also the pager was silent", "can we say why", "marking it took an hour", "so the pool filled", "few of us saw the page", "really it was the pool"} {
		m, c, _ := started(t)
		toPhase(t, m, "poorly")
		for _, n := range notes {
			note(m, n)
		}
		send(m, esc, up)
		send(m, keyRune('d'))
		c.advance(2 * time.Second)
		send(m, keyRune('u')) // a delete put back: u has nothing more to undo
		c.advance(2 * time.Second)
		before := m.state.Notes("poorly")
		var sections []string
		for _, id := range before {
			n, _ := m.state.Note(id)
			sections = append(sections, n.Section)
		}
		typeSlowly(m, c, line, 120*time.Millisecond)
		if got := boxText(m); got != line {
			t.Errorf("typed %q on the notes list: the box holds %q", line, got)
		}
		after := m.state.Notes("poorly")
		if !slices.Equal(after, before) {
			t.Errorf("typed %q: the notes changed to %q", line, notesIn(m.state, "poorly"))
		}
		for i, id := range after {
			if n, _ := m.state.Note(id); n.Section != sections[i] {
				t.Errorf("typed %q: note #%d moved to %q", line, id, n.Section)
			}
		}
		if m.state.RiskAccepted {
			t.Errorf("typed %q: the risk was recorded as accepted", line)
		}
		send(m, enter)
		if got := notesIn(m.state, "poorly"); len(got) != 3 || got[2] != line {
			t.Errorf("typed %q and enter: the notes are %q", line, got)
		}
	}

	r := reviewing(t, sampleRows())
	before := statuses(r)
	typeKeys(r, "Is the canary still on 5%?")
	if got := boxText(r); got != "Is the canary still on 5%?" || r.meeting.imports.ask.open() {
		t.Errorf("typed on the review pane: the box holds %q, import prompt open %v", got, r.meeting.imports.ask.open())
	}
	if statuses(r) != before {
		t.Errorf("rows changed: %s -> %s", before, statuses(r))
	}

	// f on the review pane shows one source; "few…" shows them all again.
	r = reviewing(t, sampleRows())
	typeKeys(r, "few rows came from the canary")
	if got := boxText(r); got != "few rows came from the canary" || r.meeting.imports.source != "" || len(r.meeting.imports.items) != 6 {
		t.Errorf("typed few… on the review pane: the box holds %q, source %q, %d rows", got, r.meeting.imports.source, len(r.meeting.imports.items))
	}
}

// TestListKeysStillActOneByOne: the facilitator's one-key actions keep
// working: f then w marks a factor and asks why at once (no word starts
// "fw"); dd deletes two notes; e, a pause, then a letter adds to the
// note being edited.
func TestListKeysStillActOneByOne(t *testing.T) {
	m, c, _ := started(t)
	toPhase(t, m, "poorly")
	note(m, "Staging runs a tenth of the production pool")
	send(m, esc)
	send(m, keyRune('f'), keyRune('w'))
	id := m.state.Notes("poorly")[0]
	if n, _ := m.state.Note(id); n.Section != model.SectionFactor {
		t.Errorf("f: the note is in %q", n.Section)
	}
	if m.meeting.box.target != model.DraftWhy {
		t.Errorf("w after f did not ask why: the box is for %q", m.meeting.box.target)
	}
	send(m, esc)
	if m.meeting.focus != focusList {
		t.Fatalf("esc from the why: focus %v", m.meeting.focus)
	}
	c.advance(time.Second)
	send(m, keyRune('e'))
	c.advance(time.Second)
	typeKeys(m, "s")
	if got := boxText(m); !strings.HasSuffix(got, "pools") {
		t.Errorf("e, a pause, s: the edit reads %q", got)
	}
	send(m, esc, esc)
	// l then i at once, then a capital: lucky, then back to typing.
	c.advance(time.Second)
	send(m, esc, keyRune('l'), keyRune('i'))
	typeKeys(m, "Then")
	if n, _ := m.state.Note(id); n.Section != model.SectionLucky || boxText(m) != "Then" {
		t.Errorf("l, i, Then: the note is in %q, the box holds %q", n.Section, boxText(m))
	}
	send(m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	c.advance(time.Second)
	note(m, "Second")
	note(m, "Third")
	send(m, esc, keyRune('d'), keyRune('d'))
	if got := notesIn(m.state, "poorly"); len(got) != 1 {
		t.Errorf("dd left %q", got)
	}
}
