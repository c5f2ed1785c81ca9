package lint

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// meeting builds a session's events the way the app writes them.
type meeting struct {
	at     time.Time
	events []model.Event
	next   int
}

func (m *meeting) add(ev model.Event) {
	ev.Seq, ev.At = len(m.events)+1, m.at
	m.events = append(m.events, ev)
	m.at = m.at.Add(30 * time.Second)
}

func (m *meeting) note(phase, section string, parent int, text string) int {
	m.next++
	m.add(model.Event{Kind: model.NoteAdded, Phase: phase, Note: m.next, Section: section, Parent: parent, Text: text})
	return m.next
}

// dismissAll dismisses every flag the checker raises on a note, as a
// facilitator pressing the dismiss key on each would.
func (m *meeting) dismissAll(t *testing.T, c *phrasing.Checker, id int, text string) {
	t.Helper()
	fs := c.Check(text)
	if len(fs) == 0 {
		t.Fatalf("no flag on %q to dismiss", text)
	}
	for _, f := range fs {
		m.add(model.Event{Kind: model.FlagDismissed, Note: id, Rule: f.Rule})
	}
}

var roster = model.Setup{
	Title: "Search timeouts after the index rebuild", Service: "search", Severity: model.SEV2,
	IncidentDate: "2026-03-02",
	Attendees: []model.Attendee{{Name: "Ines", Role: model.RoleFacilitator}, {Name: "Ravi", Role: model.RoleScribe},
		{Name: "Bob", Role: model.RoleCommander}, {Name: "Mary", Role: model.RoleParticipant}},
}

// flaggedMeeting is a review in which the room raised flags everywhere
// notes go, dismissed some and rewrote the rest; open, when set, is one
// more note whose flag is left open.
func flaggedMeeting(t *testing.T, open string) []model.Event {
	c := phrasing.NewChecker(phrasing.DefaultRules(), roster.Names())
	m := &meeting{at: time.Date(2026, 3, 4, 14, 0, 0, 0, time.UTC)}
	a := agenda.Default()
	m.add(model.Event{Kind: model.SessionCreated, Setup: &roster, Agenda: &a})
	dismissed := func(phase, section string, parent int, text string) int {
		id := m.note(phase, section, parent, text)
		m.dismissAll(t, c, id, text)
		return id
	}
	for _, p := range a.Phases {
		m.add(model.Event{Kind: model.PhaseStarted, Phase: p.ID})
		switch p.Capture {
		case agenda.CaptureOpening, agenda.CaptureNotes:
			dismissed(p.ID, "", 0, "Bob should have rolled back sooner, he said himself.")
		case agenda.CaptureImpact:
			m.add(model.Event{Kind: model.ImpactSet, Field: "duration", Value: "42 minutes"})
			dismissed(p.ID, "", 0, "Obviously the cold cache was a careless oversight.")
		case agenda.CaptureTimeline:
			m.note(p.ID, "", 0, "10:02 Index rebuild started #started")
			dismissed(p.ID, "", 0, "10:09 Bob should have paused the rebuild #detected")
			m.note(p.ID, "", 0, "10:44 Queries back under 200 ms #resolved")
		case agenda.CaptureWell, agenda.CaptureLucky:
			dismissed(p.ID, "", 0, "Mary simply had to restart the node, and it recovered.")
		case agenda.CapturePoorly, agenda.CaptureFactors:
			f := dismissed(p.ID, model.SectionFactor, 0, "The root cause was human error in the rebuild script.")
			dismissed(p.ID, "", f, "Who ran the rebuild on a weekday morning?")
			dismissed(p.ID, model.SectionParked, 0, "Mary didn't order the bigger nodes on time.")
			// Rewritten with the suggestion: no flag left.
			m.note(p.ID, "", 0, "The rebuild had no dry-run mode.")
		case agenda.CaptureActions:
			dismissed(p.ID, "", 0, "Improve awareness of index rebuild load @mary P2 #prevent")
			m.note(p.ID, "", 0, "Add a dry-run flag to the rebuild script @ravi due:2026-03-20 P1 #prevent")
		}
	}
	if open != "" {
		m.note(a.Phases[len(a.Phases)-1].ID, "", 0, open)
	}
	m.add(model.Event{Kind: model.MeetingEnded})
	return m.events
}

func exportOf(t *testing.T, events []model.Event) string {
	t.Helper()
	s, err := model.Fold(events)
	if err != nil {
		t.Fatal(err)
	}
	return export.Markdown(s, events, export.Options{})
}

// TestOwnExportLintsClean: a fresh export of a meeting that raised and
// dismissed flags lints clean: the dismissed flags stay dismissed, and the
// flags table, the meeting record and the other generated sections are not
// checked as prose.
func TestOwnExportLintsClean(t *testing.T) {
	md := exportOf(t, flaggedMeeting(t, ""))
	if !strings.Contains(md, "| dismissed |") {
		t.Fatalf("the export should list dismissed flags:\n%s", md)
	}
	code, out, errOut := run(t, md, "--names", strings.Join(roster.Names(), ","))
	if code != 0 {
		t.Errorf("lint of debrief's own export: exit %d\n%s%s", code, out, errOut)
	}
	// Without --names too: the switches name rules, not the people.
	if code, out, _ := run(t, md); code != 0 {
		t.Errorf("without --names: exit %d\n%s", code, out)
	}
}

// TestOpenFlagReportedOnce: a flag the room left open is still reported,
// once, where the note is, and not again from the flags table.
func TestOpenFlagReportedOnce(t *testing.T) {
	md := exportOf(t, flaggedMeeting(t, "Mary should have paged the database team earlier."))
	code, out, _ := run(t, md)
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "should-have") {
		t.Errorf("want the one open flag, got exit %d:\n%s", code, out)
	}
}
