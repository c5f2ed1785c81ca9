package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
)

// paneRows reads the phase pane's rows back from a wide screen: the text
// between the notes pane's side borders, trimmed on the right.
func paneRows(screen string) []string {
	var out []string
	for _, line := range strings.Split(screen, "\n") {
		parts := strings.Split(line, "│")
		if len(parts) < 4 {
			continue
		}
		out = append(out, strings.TrimRight(parts[3], " "))
	}
	return out
}

// rowIndex is the first pane row holding s, or -1.
func rowIndex(rows []string, s string) int {
	for i, r := range rows {
		if strings.Contains(r, s) {
			return i
		}
	}
	return -1
}

// TestTimelineMarkerAboveAndRowsUsed commits five timeline lines at 80x24,
// one of them flagged and tall: "↑ N more above" sits above the notes it
// speaks of, and the pane's rows go to the notes (the tall note's start
// and how much of it is left) instead of staying blank while notes are
// hidden.
func TestTimelineMarkerAboveAndRowsUsed(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "timeline")
	for _, n := range []string{"09:14 Deploy v2.31.4 to prod #started", "09:17 Error rate alert fired #detected",
		"09:19 Tom should have rolled back sooner", "09:31 Rolled back to v2.31.3 #mitigated",
		"09:41 Error rate back to baseline #resolved"} {
		note(m, n)
	}
	s := plain(m)
	rows := paneRows(s)
	above := rowIndex(rows, "more above")
	first := rowIndex(rows, "09:31")
	if above < 0 || first < 0 || above > first {
		t.Fatalf("the marker for notes above is not above the notes (marker row %d, 09:31 row %d):\n%s", above, first, s)
	}
	mustContain(t, s, "09:19  Tom should have rolled back sooner", "09:41", "more lines of this note")
	blank := 0
	for _, r := range rows {
		if strings.TrimSpace(r) == "" {
			blank++
		}
	}
	// One blank row is the prompts' separator; any other is a row the
	// notes left unused.
	if blank > 1 {
		t.Errorf("the pane leaves %d rows blank while notes are hidden:\n%s", blank, s)
	}
}

// TestJustCommittedActionItemShownWhole commits two action items at 80x24
// with checks failing on each: the second, just committed, is shown
// whole, every line of it, the prompts giving way to it.
func TestJustCommittedActionItemShownWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}} {
		m, _, _ := started(t)
		sized(m, size[0], size[1])
		toPhase(t, m, "actions")
		note(m, "Add a pool utilization alert for the checkout service @omar due:+7d ENG-4421 P1 #detect")
		note(m, "Add a canary stage to checkout deploys so a bad build stops at five percent @omar due:+14d P2 #prevent")
		s := plain(m)
		rows := paneRows(s)
		if at := rowIndex(rows, " 2. "); at < 0 || rowIndex(rows[at:], "more line") >= 0 {
			t.Errorf("%dx%d: the item just committed is cut:\n%s", size[0], size[1], s)
		}
		l := &m.meeting.list
		for _, line := range l.rowLines(len(l.rows) - 1) {
			if want := strings.TrimSpace(ansi.Strip(line)); !strings.Contains(s, want) {
				t.Errorf("%dx%d: the item just committed lacks %q:\n%s", size[0], size[1], want, s)
			}
		}
	}
}

// TestNotesThatFitTakeNoMarker adds one-line notes at 80x24 until they
// overflow the pane: once notes are hidden, the marker sits above them and
// no row but the prompts' separator stays blank.
func TestNotesThatFitTakeNoMarker(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "well")
	for i := 0; i < 12; i++ {
		note(m, "The rollback took one command")
		s := plain(m)
		if strings.Contains(s, "more above") {
			rows := paneRows(s)
			blank := 0
			for _, r := range rows {
				if strings.TrimSpace(r) == "" {
					blank++
				}
			}
			if blank > 1 {
				t.Errorf("after %d notes the pane leaves %d rows blank while notes are hidden:\n%s", i+1, blank, s)
			}
			if rowIndex(rows, "more above") > rowIndex(rows, "The rollback") {
				t.Errorf("after %d notes the marker is below the notes:\n%s", i+1, s)
			}
		}
	}
}

// blankRows counts the pane's empty rows.
func blankRows(rows []string) int {
	n := 0
	for _, r := range rows {
		if strings.TrimSpace(r) == "" {
			n++
		}
	}
	return n
}

// TestOpeningKeepsShorterPromptsBesideALongNote: in the opening at 80x24
// a long note leaves no room for the Prime Directive whole; the shorter
// ground rules after it still show instead of rows left blank.
func TestOpeningKeepsShorterPromptsBesideALongNote(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	note(m, "Ana read the Prime Directive aloud")
	note(m, "Everyone agreed to keep the review blameless and focused on the system, the process and the tooling rather than on any one person who was on call that night")
	s := plain(m)
	mustContain(t, s, "Focus on what and how, not who.", "Everyone agreed")
	if n := blankRows(paneRows(s)); n > 3 {
		t.Errorf("%d rows of the pane are blank while prompts are left out:\n%s", n, s)
	}
}

// TestTallNewestNoteGetsThePane: a note just committed that is taller
// than the pane has all of it, the prompts giving way, so the scribe reads
// as much as fits of what the flags say.
func TestTallNewestNoteGetsThePane(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "poorly")
	note(m, "Staging runs a tenth of the production connection pool")
	note(m, "Tom should have rolled back sooner and it was human error, a careless slip")
	s := plain(m)
	if strings.Contains(s, "What made this possible?") {
		t.Errorf("the prompts keep rows from a note taller than the pane:\n%s", s)
	}
	rows := paneRows(s)
	if at := rowIndex(rows, "Tom should"); at < 0 || rowIndex(rows[at:], "ask the room") < 0 {
		t.Errorf("the flag's question is not in view under the note just committed:\n%s", s)
	}
}

// TestSelectionShowsTheStartOfTheNoteBelow: on the action items list at
// 80x24, with an item selected and a tall one below it, the rows under the
// selection show that item's start and how much is left, not blank rows.
func TestSelectionShowsTheStartOfTheNoteBelow(t *testing.T) {
	m, _, _ := started(t)
	sized(m, 80, 24)
	toPhase(t, m, "actions")
	note(m, "Add a pool utilization alert @omar due:+7d ENG-4421 P1 #detect")
	note(m, "Add a canary stage to checkout deploys so a bad build stops at five percent @omar due:+14d P2 #prevent")
	note(m, "Improve awareness of deploy risk")
	send(m, esc, tea.KeyPressMsg{Code: tea.KeyUp})
	s := plain(m)
	rows := paneRows(s)
	sel := rowIndex(rows, "▶  2.")
	below := rowIndex(rows, " 3. Improve awareness")
	if sel < 0 || below < sel {
		t.Fatalf("the item below the selection does not start under it (selection row %d, item 3 row %d):\n%s", sel, below, s)
	}
	if n := blankRows(rows); n > 0 {
		t.Errorf("%d rows of the pane are blank while an item below is hidden:\n%s", n, s)
	}
}

// TestAttendeesShownAllOrNone: in the opening, as notes fill the pane,
// the attendees and their roles are listed whole or left out; one name
// alone would read as the whole room.
func TestAttendeesShownAllOrNone(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}} {
		m, _, _ := started(t)
		sized(m, size[0], size[1])
		for _, n := range []string{"Ana read the Prime Directive aloud",
			"Everyone agreed to keep the review blameless and focused on the system, the process and the tooling rather than on any one person who was on call that night",
			"Roles confirmed", "The bridge stays open for questions after the review"} {
			note(m, n)
			s := plain(m)
			shown := 0
			for _, role := range []string{"Nadia — facilitator", "Tom — scribe", "Omar — postmortem owner"} {
				if strings.Contains(s, role) {
					shown++
				}
			}
			if shown != 0 && shown != 3 {
				t.Errorf("%dx%d: %d of 3 attendees listed:\n%s", size[0], size[1], shown, s)
			}
		}
	}
}

// TestImportMarkersAboveAndBelow: reviewing thirty imported rows at
// 80x24 with the cursor in the middle, "↑ N more above" sits above the
// rows shown and "↓ N more below" under them.
func TestImportMarkersAboveAndBelow(t *testing.T) {
	var rows []model.DraftRow
	for i := range 30 {
		rows = append(rows, model.DraftRow{At: incident.Add(time.Duration(i) * time.Minute),
			Text: fmt.Sprintf("Error rate sample %d", i), Source: "alertmanager:alerts.json"})
	}
	m := reviewing(t, rows)
	sized(m, 80, 24)
	for range 15 {
		send(m, keyRune('j'))
	}
	s := plain(m)
	pane := paneRows(s)
	up, down := rowIndex(pane, "more above"), rowIndex(pane, "more below")
	first := rowIndex(pane, "Error rate sample")
	last := -1
	for i, r := range pane {
		if strings.Contains(r, "Error rate sample") {
			last = i
		}
	}
	if up < 0 || down < 0 || up > first || down < last {
		t.Errorf("markers not around the rows (above %d, below %d, rows %d..%d):\n%s", up, down, first, last, s)
	}
}
