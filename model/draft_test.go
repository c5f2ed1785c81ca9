package model

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

var draftT0 = time.Date(2026, 11, 19, 9, 0, 0, 0, time.UTC)

// draftState is a meeting on the default agenda, started, with events
// applied and stamped the way the screen stamps them.
type draftState struct {
	t   *testing.T
	s   *State
	log []Event
}

func newDraftState(t *testing.T, setup Setup) *draftState {
	ag := agenda.Default()
	d := &draftState{t: t, s: New()}
	d.apply(Event{Kind: SessionCreated, Setup: &setup, Agenda: &ag}, Event{Kind: PhaseStarted, Phase: "timeline"})
	return d
}

func (d *draftState) apply(evs ...Event) {
	d.t.Helper()
	for _, ev := range evs {
		ev.Seq = len(d.log) + 1
		ev.At = draftT0.Add(time.Duration(ev.Seq) * time.Second)
		if err := d.s.Apply(ev); err != nil {
			d.t.Fatalf("apply %+v: %v", ev, err)
		}
		d.log = append(d.log, ev)
	}
}

func rows(src string, specs ...string) []DraftRow {
	var out []DraftRow
	for i, sp := range specs {
		out = append(out, DraftRow{At: draftT0.Add(time.Duration(i) * time.Minute), Text: sp, Source: src})
	}
	return out
}

func TestDraftLineRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		at   time.Time
		text string
		tag  Marker
	}{
		{draftT0, "Deploy v2.31.4 to prod", MarkStarted},
		{draftT0.Add(14*time.Minute + 30*time.Second), "- leading dash kept", ""},
		{draftT0.Add(-10 * time.Hour), ": colon first", MarkResolved},
		{draftT0, "— em dash first", ""},
		{draftT0, "Z-index broke", MarkDetected},
	} {
		line := DraftLine(tc.at, tc.text, tc.tag)
		// The input zone must not move an imported UTC row.
		e := ParseTimeline(line, "2001-01-01", time.FixedZone("X", 5*3600))
		want := []Marker(nil)
		if tc.tag != "" {
			want = []Marker{tc.tag}
		}
		if !e.HasTime || !e.At.Equal(tc.at) || e.Text != tc.text || !slices.Equal(e.Markers, want) {
			t.Errorf("%q parsed as %+v", line, e)
		}
	}
}

func TestDraftsKeepDropEdit(t *testing.T) {
	d := newDraftState(t, Setup{IncidentDate: "2026-11-19"})
	in := append(rows("pagerduty:pd.json", "Triggered: checkout 5xx", "Acknowledged by Ana"),
		rows("csv:notes.csv", "Rollback started", "Error rate normal")...)
	in[0].Tag, in[3].Tag = MarkDetected, MarkResolved
	in[2].At = draftT0.Add(-5 * time.Minute) // earlier than every other row
	evs := ImportDrafts(d.s, in)
	if len(evs) != 4 {
		t.Fatalf("%d events", len(evs))
	}
	d.apply(evs...)
	if again := ImportDrafts(d.s, in); len(again) != 0 {
		t.Fatalf("importing the same rows again adds %d", len(again))
	}
	if d.s.PendingDrafts() != 4 || d.s.DraftCount() != 4 || len(d.s.Timeline()) != 0 {
		t.Fatalf("pending %d, timeline %d: drafts must not reach the timeline", d.s.PendingDrafts(), len(d.s.Timeline()))
	}
	order := []int{}
	for _, dr := range d.s.Drafts() {
		order = append(order, dr.ID)
	}
	if !slices.Equal(order, []int{3, 1, 2, 4}) {
		t.Fatalf("time order %v", order)
	}

	// Keep 1 and 4 (with their tags), drop 2, edit 3 then keep it.
	keep, err := KeepDrafts(d.s, 1, 4)
	if err != nil {
		t.Fatal(err)
	}
	d.apply(keep...)
	d.apply(DropDrafts(d.s, 2)...)
	ed, err := EditDraft(d.s, 3, "Rollback of v2.31.4 started #mitigated")
	if err != nil {
		t.Fatal(err)
	}
	d.apply(ed)
	if dr, _ := d.s.ImportedDraft(3); !dr.Entry.At.Equal(draftT0.Add(-5*time.Minute)) || dr.Body() != "Rollback of v2.31.4 started #mitigated" {
		t.Fatalf("edit without a time moved or lost the row: %+v", dr.Entry)
	}
	ed, err = EditDraft(d.s, 3, "09:10 Rollback of v2.31.4 started #mitigated")
	if err != nil {
		t.Fatal(err)
	}
	d.apply(ed)
	keep, _ = KeepDrafts(d.s, 3, 1, 2) // 1 kept and 2 dropped already: skipped
	if len(keep) != 1 {
		t.Fatalf("keeping decided rows again: %+v", keep)
	}
	d.apply(keep...)

	var got []string
	for _, e := range d.s.Timeline() {
		got = append(got, fmt.Sprintf("%s %s %v", e.At.Format("15:04"), e.Text, e.Markers))
	}
	want := []string{"09:00 Triggered: checkout 5xx [detected]", "09:01 Error rate normal [resolved]", "09:10 Rollback of v2.31.4 started [mitigated]"}
	if !slices.Equal(got, want) {
		t.Fatalf("timeline\n%q\nwant\n%q", got, want)
	}
	if d.s.PendingDrafts() != 0 {
		t.Fatalf("pending %d", d.s.PendingDrafts())
	}
	if dur := TimelineDurations(d.s.Timeline()); dur.HasTTD {
		t.Fatalf("no #started was kept, yet %+v", dur)
	}
	// The fold of the log gives the same state: resume, export and replay
	// see what the room decided.
	again, err := Fold(d.log)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.Timeline(), d.s.Timeline()) || again.PendingDrafts() != 0 {
		t.Fatal("the fold differs from the live state")
	}
	src := d.s.DraftSources()
	if len(src) != 2 || src[0] != (DraftSource{"pagerduty:pd.json", 2, 0}) || src[1].Total != 2 {
		t.Fatalf("sources %+v", src)
	}
}

func TestDraftEventsRefused(t *testing.T) {
	d := newDraftState(t, Setup{})
	d.apply(ImportDrafts(d.s, rows("csv:a.csv", "one", "two"))...)
	d.apply(DropDrafts(d.s, 2)...)
	for _, ev := range []Event{
		{Kind: DraftAdded, Draft: 1, Source: "csv:a.csv", Text: "x"},
		{Kind: DraftAdded, Draft: 9, Text: "no source"},
		{Kind: DraftKept, Draft: 7, Note: 1, Phase: "timeline"},
		{Kind: DraftKept, Draft: 1, Note: 1, Phase: "actions"},
		{Kind: DraftKept, Draft: 2, Note: 1, Phase: "timeline"},
		{Kind: DraftDropped, Draft: 2},
		{Kind: DraftRestored, Draft: 1},
		{Kind: DraftEdited, Draft: 2, Text: "x"},
	} {
		ev.Seq, ev.At = 99, draftT0
		if err := d.s.Apply(ev); err == nil {
			t.Errorf("%+v was accepted", ev)
		}
	}
	r, err := RestoreDraft(d.s, 2)
	if err != nil {
		t.Fatal(err)
	}
	d.apply(r)
	if d.s.PendingDrafts() != 2 {
		t.Fatalf("pending %d after restore", d.s.PendingDrafts())
	}
	if _, err := EditDraft(d.s, 1, "25:00 not a time"); err == nil {
		t.Error("a bad time in an edit was accepted")
	}
	if _, err := EditDraft(d.s, 1, "   "); err == nil {
		t.Error("an empty edit was accepted")
	}
	noTL := New()
	ag := agenda.Agenda{Name: "x", Phases: []agenda.Phase{{ID: "a", Title: "A", Minutes: 1, Capture: agenda.CaptureNotes}}}
	noTL.Apply(Event{Seq: 1, At: draftT0, Kind: SessionCreated, Agenda: &ag})
	if _, err := KeepDrafts(noTL); err != ErrNoTimelinePhase {
		t.Errorf("KeepDrafts without a timeline phase: %v", err)
	}
}

func TestDraftViewFilterAndNext(t *testing.T) {
	d := newDraftState(t, Setup{})
	var in []DraftRow
	for i := range 10 {
		src := "csv:a.csv"
		if i%2 == 1 {
			src = "slack:export"
		}
		in = append(in, DraftRow{At: draftT0.Add(time.Duration(i) * time.Minute), Text: fmt.Sprint("row ", i), Source: src})
	}
	d.apply(ImportDrafts(d.s, in)...)
	all := NewDraftView(d.s, "")
	slack := NewDraftView(d.s, "slack:export")
	if all.Len() != 10 || slack.Len() != 5 || slack.Row(0).Entry.Text != "row 1" || slack.Source() != "slack:export" {
		t.Fatalf("views %d %d", all.Len(), slack.Len())
	}
	// Keep rows 0-2 and drop 4 (a selection and one row), then jump.
	keep, _ := KeepDrafts(d.s, all.IDs(2, 0)...)
	d.apply(keep...)
	d.apply(DropDrafts(d.s, all.Row(4).ID)...)
	if all.Stale(d.s) {
		t.Fatal("keeping and dropping must not make the view stale")
	}
	steps := []struct{ after, want int }{{-1, 3}, {3, 5}, {5, 6}, {9, -1}}
	for _, st := range steps {
		i, ok := all.NextPending(st.after)
		if st.want < 0 && ok || st.want >= 0 && i != st.want {
			t.Errorf("NextPending(%d) = %d %v, want %d", st.after, i, ok, st.want)
		}
	}
	if i, _ := slack.NextPending(-1); slack.Row(i).Entry.Text != "row 3" {
		t.Errorf("slack's first pending is %q", slack.Row(i).Entry.Text)
	}
	d.apply(DropDrafts(d.s, slack.IDs(0, 4)...)...)
	if _, ok := slack.NextPending(-1); ok {
		t.Error("every slack row is decided, yet one is pending")
	}
	if i, _ := all.NextPending(-1); i != 6 {
		t.Errorf("first pending %d, want 6", i)
	}
	r, _ := RestoreDraft(d.s, all.Row(4).ID)
	d.apply(r)
	if !all.Stale(d.s) {
		t.Fatal("a restore must make views rebuild")
	}
	if i, _ := NewDraftView(d.s, "").NextPending(-1); i != 4 {
		t.Errorf("after restoring row 4 the first pending is %d", i)
	}
	if all.Index(all.Row(7).ID) != 7 || all.Index(999) != -1 {
		t.Error("Index")
	}
}

func TestTracking(t *testing.T) {
	d := newDraftState(t, Setup{})
	d.apply(Event{Kind: NoteAdded, Note: 1, Phase: "actions", Text: "Add pool alert @alice ENG-1 P1 #detect"},
		Event{Kind: NoteAdded, Note: 2, Phase: "actions", Text: "Write the runbook @bo #process"})
	if tr := d.s.Tracking(2); tr.Status != StatusOpen || tr.Ticket != "" {
		t.Fatalf("%+v", tr)
	}
	d.apply(Event{Kind: TicketLinked, Note: 2, Field: "github", Value: "https://github.com/acme/pay/issues/7"},
		Event{Kind: ActionStatusSet, Note: 1, Value: StatusDone, Text: "jira ENG-1: Done"},
		Event{Kind: TicketExported, Note: 1, Field: "jira-csv", Value: "out.csv"},
		Event{Kind: TicketExported, Note: 1, Field: "jira-csv", Value: "out.csv"})
	items := d.s.ActionItems()
	if d.s.TicketOf(items[0]) != "ENG-1" || d.s.TicketOf(items[1]) != "https://github.com/acme/pay/issues/7" {
		t.Fatal("TicketOf")
	}
	if tr := d.s.Tracking(1); tr.Status != StatusDone || tr.StatusBy != "jira ENG-1: Done" || !slices.Equal(tr.Exported, []string{"jira-csv"}) {
		t.Fatalf("%+v", tr)
	}
	for _, ev := range []Event{
		{Kind: ActionStatusSet, Note: 1, Value: "closed"},
		{Kind: ActionStatusSet, Note: 42, Value: StatusDone},
		{Kind: TicketLinked, Note: 1},
		{Kind: TicketExported, Note: 1},
	} {
		ev.Seq, ev.At = 99, draftT0
		if err := d.s.Apply(ev); err == nil {
			t.Errorf("%+v was accepted", ev)
		}
	}
}

// TestDraftEventsRoundTrip writes every new kind and reads it back through
// the session file's fast path and its YAML path alike.
func TestDraftEventsRoundTrip(t *testing.T) {
	d := newDraftState(t, Setup{})
	d.apply(ImportDrafts(d.s, rows("slack:exp/inc", "said \"hi\" | 🙂", "two"))...)
	keep, _ := KeepDrafts(d.s, 1)
	ed, _ := EditDraft(d.s, 2, "changed")
	d.apply(keep...)
	d.apply(ed)
	d.apply(DropDrafts(d.s, 2)...)
	r, _ := RestoreDraft(d.s, 2)
	d.apply(r, Event{Kind: ActionStatusSet, Note: 1, Value: StatusDone, Text: "by hand"},
		Event{Kind: TicketLinked, Note: 1, Field: "github", Value: "https://x/1"},
		Event{Kind: TicketExported, Note: 1, Field: "linear-csv", Value: "l.csv"})
	data := EncodeHeader()
	for _, ev := range d.log {
		var err error
		if data, err = AppendEvent(data, ev); err != nil {
			t.Fatal(err)
		}
		var fast Event
		line, _ := EncodeEvent(ev)
		if ev.Kind != SessionCreated && !bytes.ContainsRune(line, '\\') && !decodeFlat(bytes.TrimSpace(line[2:]), &fast) {
			t.Errorf("%s is not read by the fast path", line)
		}
	}
	got, _, err := DecodeLog("s.yaml", data)
	if err != nil || !reflect.DeepEqual(got, d.log) {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := Fold(got); err != nil {
		t.Fatal(err)
	}
}
