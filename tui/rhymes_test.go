package tui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/archive"
)

// fakeArchive answers lookups from canned postmortems and counts them.
type fakeArchive struct {
	mu      sync.Mutex
	queries []archive.RhymeQuery
	ctxs    []context.Context
	// rhymes answers a query; nil finds the pool postmortem when the
	// query mentions the pool.
	rhymes func(q archive.RhymeQuery) []archive.Rhyme
	open   []archive.OpenAction
	count  int
}

var poolRhyme = archive.Rhyme{
	Path: "2026/03-pool-exhaustion.md", Title: "Checkout timeouts from connection pool exhaustion",
	Service: "payments", Severity: "SEV-2", Incident: time.Date(2026, 3, 14, 9, 12, 0, 0, time.UTC),
	SameService: true, Shared: []string{"pool", "connection"},
	Factors: []string{"The pool was capped at 20 connections"},
	Actions: []archive.Action{
		{N: 1, What: "Alert on pool utilization above 80%", Owner: "@alice", Done: true},
		{N: 2, What: "Size the staging pool like production", Owner: "@bo", Due: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)},
	},
}

func (f *fakeArchive) Rhymes(ctx context.Context, q archive.RhymeQuery) ([]archive.Rhyme, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = append(f.queries, q)
	f.ctxs = append(f.ctxs, ctx)
	if f.rhymes != nil {
		return f.rhymes(q), nil
	}
	if strings.Contains(q.Text, "pool") {
		return []archive.Rhyme{poolRhyme}, nil
	}
	return nil, nil
}

func (f *fakeArchive) OpenActions(archive.ActionFilter) ([]archive.OpenAction, error) {
	return f.open, nil
}

func (f *fakeArchive) Postmortem(path string) (string, error) {
	return "## [SEV-2] payments: " + path + "\n\nThe pool ran dry.", nil
}

func (f *fakeArchive) Top() string { return "/srv/postmortems" }

func (f *fakeArchive) Postmortems() int { return max(f.count, 3) }

func (f *fakeArchive) lookups() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.queries)
}

// armedTicks replaces the rhymes' debounce timer: each arming is recorded
// and nothing waits, so a test delivers the ticks it wants.
func armedTicks(t testing.TB) *[]rhymeTickMsg {
	var armed []rhymeTickMsg
	old := rhymeAfter
	rhymeAfter = func(_ time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
		armed = append(armed, fn(time.Time{}).(rhymeTickMsg))
		return nil
	}
	t.Cleanup(func() { rhymeAfter = old })
	return &armed
}

// withArchive is a started meeting whose archive is f, already open.
func withArchive(t *testing.T, f *fakeArchive) (*Model, *clock) {
	t.Helper()
	m, c, _ := newTestModel(t)
	m.opt.Archive = func() (Archive, error) { return f, nil }
	m.rhymes.link.opener = m.opt.Archive
	run(m, m.rhymes.link.openCmd())
	_, cmd := m.Update(ctrl('n'))
	run(m, cmd)
	return m, c
}

// run executes a command as the runtime would, feeding back what the
// archive and the store answer; timers are skipped.
func run(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := peek(cmd).(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			run(m, c)
		}
	case archiveMsg, savedMsg:
		_, next := m.Update(msg)
		run(m, next)
	}
}

// tickLast delivers the newest armed debounce tick and returns the lookup
// it starts, not yet run.
func tickLast(m *Model, armed *[]rhymeTickMsg) tea.Cmd {
	_, cmd := m.Update((*armed)[len(*armed)-1])
	return cmd
}

func TestRhymesDebounceManyKeysOneLookup(t *testing.T) {
	armed := armedTicks(t)
	f := &fakeArchive{}
	m, _ := withArchive(t, f)
	toPhase(t, m, "poorly")
	*armed = nil
	typeKeys(m, "the connection pool ran out")
	if len(*armed) < 20 {
		t.Fatalf("typing armed %d debounce ticks, want one per key", len(*armed))
	}
	// Every tick arrives; only the one armed by the last key is current.
	for _, tk := range *armed {
		_, cmd := m.Update(tk)
		run(m, cmd)
	}
	if n := f.lookups(); n != 1 {
		t.Fatalf("%d lookups for one burst of typing, want 1", n)
	}
	q := f.queries[0]
	if q.Text != "the connection pool ran out" || q.Service != "payments" || q.Exclude == "" {
		t.Errorf("query = %+v", q)
	}
	// The same text again asks nothing new.
	_, cmd := m.Update((*armed)[len(*armed)-1])
	run(m, cmd)
	if f.lookups() != 1 {
		t.Errorf("an unchanged query was looked up again")
	}
	if got := m.rhymes.link.rhymes; len(got) != 1 || got[0].Title != poolRhyme.Title {
		t.Errorf("rhymes = %+v", got)
	}
}

func TestRhymesStaleResultsDropped(t *testing.T) {
	armed := armedTicks(t)
	f := &fakeArchive{rhymes: func(q archive.RhymeQuery) []archive.Rhyme {
		r := poolRhyme
		r.Title = "answer to " + q.Text
		return []archive.Rhyme{r}
	}}
	m, _ := withArchive(t, f)
	toPhase(t, m, "poorly")
	typeKeys(m, "pool")
	first := tickLast(m, armed)
	typeKeys(m, " exhaustion")
	second := tickLast(m, armed)
	if first == nil || second == nil {
		t.Fatal("a debounce tick started no lookup")
	}
	run(m, second)
	run(m, first) // the older answer arrives last
	if got := m.rhymes.link.rhymes; len(got) != 1 || got[0].Title != "answer to pool exhaustion" {
		t.Errorf("kept %+v, want the newest answer only", got)
	}
	for i, q := range f.queries {
		if q.Text == "pool" && f.ctxs[i].Err() == nil {
			t.Error("the overtaken lookup was not cancelled")
		}
	}
}

func TestRhymesPaneTogglesAndOpensThePreview(t *testing.T) {
	armed := armedTicks(t)
	m, _ := withArchive(t, &fakeArchive{})
	toPhase(t, m, "poorly")
	note(m, "Staging runs a tenth of the production connection pool")
	typeKeys(m, "the pool ran dry")
	run(m, tickLast(m, armed))
	mustContain(t, plain(m), "ctrl+r rhymes (1)")
	send(m, ctrl('r'))
	s := plain(m)
	mustContain(t, s, "Rhyming incidents", "Checkout timeouts from", "same service", "✓ done", "✗ open", "(overdue)")
	if strings.Contains(s, "Staging runs a tenth") {
		t.Errorf("the notes still show with the pane open:\n%s", s)
	}
	if m.meeting.box.box.Value() != "the pool ran dry" {
		t.Error("opening the pane took the text being typed")
	}
	send(m, esc)
	if m.meeting.focus != focusRhymes {
		t.Fatalf("esc with the pane open went to %v", m.meeting.focus)
	}
	mustContain(t, plain(m), "RHYMES", "▶ 2026-03-14")
	_, cmd := m.Update(enter)
	run(m, cmd)
	if m.preview == nil || !strings.Contains(m.preview.markdown, "The pool ran dry") ||
		m.preview.path != "/srv/postmortems/2026/03-pool-exhaustion.md" {
		t.Fatalf("enter did not preview the rhyme: %+v", m.preview)
	}
	send(m, esc, keyRune('i'), ctrl('r'))
	if m.meeting.focus != focusType || m.rhymes.visible() {
		t.Error("ctrl+r did not hide the pane")
	}
	mustContain(t, plain(m), "Staging runs a tenth")
}

func TestRhymesOnlyInTheirPhases(t *testing.T) {
	armed := armedTicks(t)
	f := &fakeArchive{}
	m, _ := withArchive(t, f)
	toPhase(t, m, "well")
	*armed = nil
	typeKeys(m, "the pool")
	send(m, ctrl('r'))
	if len(*armed) != 0 || m.rhymes.visible() {
		t.Errorf("what went well: %d ticks armed, pane visible %v", len(*armed), m.rhymes.visible())
	}
	if strings.Contains(plain(m), "ctrl+r") {
		t.Error("ctrl+r offered where it does nothing")
	}
	send(m, ctrl('u'))
	toPhase(t, m, "actions")
	send(m, ctrl('r'))
	typeKeys(m, "Cap the pool")
	if len(*armed) == 0 || !m.rhymes.visible() {
		t.Error("no rhymes in the action items phase")
	}
	send(m, ctrl('u'), ctrl('n')) // the wrap-up
	if m.rhymes.visible() {
		t.Error("the pane stays in the wrap-up")
	}
}

func TestRhymesWithoutArchiveSayHowToMakeOne(t *testing.T) {
	m, _, _ := newTestModel(t)
	m.rhymes.link.opener = func() (Archive, error) { return nil, &NoArchiveError{Dir: "/home/ana/meetings"} }
	run(m, m.rhymes.link.openCmd())
	send(m, ctrl('n'))
	toPhase(t, m, "poorly")
	_, cmd := m.Update(ctrl('r'))
	run(m, cmd)
	mustContain(t, plain(m), "No archive of past postmortems in", "debrief archive")
}

func TestOpeningShowsOpenItemsOfEarlierReviews(t *testing.T) {
	f := &fakeArchive{open: []archive.OpenAction{
		{Action: archive.Action{What: "Fence the old primary", Owner: "@erik", Due: meetingStart.AddDate(0, 0, -12)},
			Title: "Failover stalled", Review: meetingStart.AddDate(0, -2, 0), Overdue: true, DaysOverdue: 12},
		{Action: archive.Action{What: "Rehearse failover", Owner: "@fay", Due: meetingStart.AddDate(0, 1, 0)},
			Title: "Failover stalled", Review: meetingStart.AddDate(0, -2, 0)},
		{Action: archive.Action{What: "An item of this very meeting"}, Title: "Checkout errors", Review: meetingStart.Add(time.Minute)},
	}}
	m, _ := withArchive(t, f)
	sized(m, 120, 40)
	s := plain(m)
	mustContain(t, s, "Open action items from earlier payments reviews: 2, 1 overdue",
		"⚠ Fence the old primary · @erik · 12 days overdue", "· Rehearse failover · @fay · due 2026-12-20")
	if strings.Contains(s, "this very meeting") {
		t.Error("the meeting's own item is listed as from an earlier review")
	}
	// On a small screen the items come before the prompts that the cut
	// leaves out.
	sized(m, 80, 24)
	mustContain(t, plain(m), "Opening statement", "Open action items from earlier", "⚠ Fence the old primary")
}

func TestGoldenRhymesPane(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("rhymes.%dx%d", w, h), func(t *testing.T) {
			armed := armedTicks(t)
			other := poolRhyme
			other.Path, other.Title, other.Service, other.SameService = "2025/11-orders-pool.debrief.yaml", "Order writes stalled on a saturated pool", "orders", false
			other.Incident = time.Date(2025, 11, 2, 22, 40, 0, 0, time.UTC)
			other.Actions = []archive.Action{{N: 1, What: "Cap retries at three with jitter", Owner: "@cy", Done: true}}
			f := &fakeArchive{count: 42, rhymes: func(archive.RhymeQuery) []archive.Rhyme { return []archive.Rhyme{poolRhyme, other} }}
			m, _ := withArchive(t, f)
			sized(m, w, h)
			toPhase(t, m, "poorly")
			note(m, "Staging runs a tenth of the production connection pool")
			typeKeys(m, "The connection pool ran out under the retry storm")
			run(m, tickLast(m, armed))
			send(m, ctrl('r'), esc, tea.KeyPressMsg{Code: tea.KeyDown})
			golden(t, fmt.Sprintf("rhymes.%dx%d", w, h), plain(m))
		})
	}
}

// A note just committed keeps its rhymes: with the box empty, the lookup
// reads the phase's newest note.
func TestRhymesFollowTheNoteJustCommitted(t *testing.T) {
	armed := armedTicks(t)
	f := &fakeArchive{}
	m, _ := withArchive(t, f)
	toPhase(t, m, "poorly")
	note(m, "The connection pool ran out when the batch job started")
	run(m, tickLast(m, armed))
	if got := m.rhymes.link.rhymes; len(got) != 1 {
		t.Fatalf("after enter, rhymes = %+v", got)
	}
	if q := f.queries[len(f.queries)-1]; q.Text != "The connection pool ran out when the batch job started" {
		t.Errorf("looked up %q", q.Text)
	}
}
