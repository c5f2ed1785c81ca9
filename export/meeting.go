package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// meeting writes what only debrief knows, after the template: who was
// there, how the time went, what was parked, which action items fail the
// checklist, the phrasing flags and the free notes.
func (r *report) meeting(b *strings.Builder) {
	b.WriteString("## Meeting\n\n")
	// Generated tables and lists, not prose: see lintmarks.go.
	b.WriteString(lintOff)
	r.attendees(b)
	r.timePerPhase(b)
	b.WriteString(lintOn)
	r.parkingLot(b)
	r.imports(b)
	b.WriteString(lintOff)
	r.checks(b)
	r.flags(b)
	b.WriteString(lintOn)
	r.freeNotes(b)
}

func (r *report) attendees(b *strings.Builder) {
	b.WriteString("### Attendees and roles\n\n")
	if len(r.s.Setup.Attendees) == 0 {
		b.WriteString("_No attendees recorded._\n\n")
		return
	}
	rows := make([][]string, 0, len(r.s.Setup.Attendees))
	for _, a := range r.s.Setup.Attendees {
		rows = append(rows, []string{escapeInline(a.Name), escapeInline(string(a.Role))})
	}
	table(b, []string{"Attendee", "Role"}, rows)
}

// timePerPhase compares each phase's clock with the agenda, as of r.now
// for a phase still running. Time given during the meeting is shown beside
// the plan but not counted in it: the over/under is against the agenda.
func (r *report) timePerPhase(b *strings.Builder) {
	b.WriteString("### Time per phase\n\n")
	var rows [][]string
	planned, actual := r.s.Agenda.Planned(), r.s.Elapsed(r.now)
	var extra time.Duration
	for i, p := range r.s.Agenda.Phases {
		t := agenda.Timer{Planned: p.Planned()}
		if i < len(r.s.Timers) {
			t = r.s.Timers[i]
		}
		plan := clock(t.Planned, false)
		if t.Extra != 0 {
			plan += fmt.Sprintf(" (%s given)", clock(t.Extra, true))
			extra += t.Extra
		}
		el := t.Elapsed(r.now)
		if el == 0 && !t.Running() {
			rows = append(rows, []string{escapeInline(p.Title), plan, "not reached", ""})
			continue
		}
		rows = append(rows, []string{escapeInline(p.Title), plan, clock(el, false), clock(el-t.Planned, true)})
	}
	total := clock(planned, false)
	if extra != 0 {
		total += fmt.Sprintf(" (%s given)", clock(extra, true))
	}
	rows = append(rows, []string{"**Total**", total, clock(actual, false), clock(actual-planned, true)})
	table(b, []string{"Phase", "Planned", "Actual", "Over/under"}, rows)
}

func (r *report) parkingLot(b *strings.Builder) {
	b.WriteString("### Parking lot\n\n")
	var items []string
	for _, n := range r.s.Parked() {
		items = append(items, fmt.Sprintf("%s (%s)%s", escapeInline(n.Text), r.phaseTitle(n.Phase), r.dismissedMark(n.ID)))
	}
	list(b, items, "Nothing parked.")
}

// checks lists every failing action-item check; Item 0 is the whole set.
func (r *report) checks(b *strings.Builder) {
	b.WriteString("### Action-item checks\n\n")
	var items []string
	for _, c := range r.checkList() {
		who := "All items"
		if c.Item > 0 {
			who = fmt.Sprintf("Item %d", c.Item)
		}
		items = append(items, fmt.Sprintf("**%s** (%s): %s", who, escapeInline(c.ID), escapeInline(c.Reason)))
	}
	if r.s.RiskAccepted {
		items = append(items, "Stakeholders accepted the risk of recurrence without a P0/P1 item.")
	}
	list(b, items, "Every action item passes the checklist.")
}

// checkList is State.Checks on the items already parsed: the same checks
// in the same order, without parsing every action item a second time.
func (r *report) checkList() []model.Check {
	meeting := r.s.Created
	if meeting.IsZero() {
		meeting = r.now
	}
	var out []model.Check
	for i, a := range r.items {
		out = append(out, model.CheckItem(a, i+1, r.s.Setup.Severity, meeting, r.s.Agenda.Checklist)...)
	}
	return append(out, model.CheckSet(r.items, r.s.RiskAccepted, r.s.Agenda.Checklist)...)
}

// flags lists, note by note, every phrasing flag the checker raises and
// whether the facilitator dismissed it, so a reader sees what the room
// chose to keep. The published form counts them by category instead, so
// the flagged words are not republished.
func (r *report) flags(b *strings.Builder) {
	b.WriteString("### Phrasing flags\n\n")
	var rows [][]string
	tally := map[string]*[2]int{} // category: open, dismissed
	var order []string
	var visit func(p agenda.Phase, n *model.Note)
	visit = func(p agenda.Phase, n *model.Note) {
		var text string // escaped once, only for a note with findings
		for _, f := range r.checker.Check(r.s.FlagText(n)) {
			dismissed := n.IsDismissed(f.Rule)
			if r.publish {
				t, ok := tally[f.Category]
				if !ok {
					t = new([2]int)
					tally[f.Category] = t
					order = append(order, f.Category)
				}
				if dismissed {
					t[1]++
				} else {
					t[0]++
				}
				continue
			}
			if text == "" {
				text = escapeInline(n.Text)
			}
			status := "open"
			if dismissed {
				status = "dismissed"
			}
			rows = append(rows, []string{escapeInline(p.Title), text, escapeInline(f.Category),
				escapeInline(f.Match), status})
		}
		for _, w := range r.s.Whys(n.ID) {
			if wn, ok := r.s.Note(w); ok {
				visit(p, wn)
			}
		}
	}
	r.phaseNotes(visit)
	if r.publish {
		for _, c := range order {
			rows = append(rows, []string{escapeInline(c), fmt.Sprint(tally[c][0]), fmt.Sprint(tally[c][1])})
		}
	}
	if len(rows) == 0 {
		b.WriteString("_No phrasing flags raised._\n\n")
		return
	}
	if r.publish {
		table(b, []string{"Category", "Open", "Dismissed"}, rows)
		return
	}
	table(b, []string{"Phase", "Note", "Category", "Flagged", "Status"}, rows)
}

// freeNotes writes the notes of opening and free-notes phases under their
// phase's title.
func (r *report) freeNotes(b *strings.Builder) {
	b.WriteString("### Notes\n\n")
	found := false
	for _, p := range r.s.Agenda.Phases {
		if p.Capture != agenda.CaptureNotes && p.Capture != agenda.CaptureOpening {
			continue
		}
		var items []string
		for _, id := range r.s.Notes(p.ID) {
			if n, ok := r.s.Note(id); ok && n.Section == model.SectionNone {
				items = append(items, r.noteText(n))
			}
		}
		if len(items) == 0 {
			continue
		}
		found = true
		fmt.Fprintf(b, "**%s:**\n\n", orDefault(escapeInline(p.Title), "Untitled phase"))
		list(b, items, "")
	}
	if !found {
		b.WriteString("_No free notes._\n\n")
	}
}

// phaseTitle is the escaped title of the phase with id, or its id.
func (r *report) phaseTitle(id string) string {
	if i := r.s.Agenda.Index(id); i >= 0 {
		return orDefault(escapeInline(r.s.Agenda.Phases[i].Title), escapeInline(id))
	}
	return escapeInline(id)
}
