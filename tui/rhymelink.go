package tui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/model"
)

// Archive is the team's postmortem archive as the meeting reads it: past
// incidents that rhyme with this one, the action items earlier reviews
// left open, and a postmortem's text for the preview. Every method runs
// inside a tea.Cmd, never in Update.
type Archive interface {
	// Rhymes finds past postmortems that share the query's service,
	// trigger or words; ctx is cancelled when typing overtakes it.
	Rhymes(ctx context.Context, q archive.RhymeQuery) ([]archive.Rhyme, error)
	// OpenActions lists the action items not recorded as done.
	OpenActions(f archive.ActionFilter) ([]archive.OpenAction, error)
	// Postmortem is the Markdown of the postmortem at path (relative to
	// Top), for the preview.
	Postmortem(path string) (string, error)
	// Top is the archive's folder; Postmortems how many it holds.
	Top() string
	Postmortems() int
}

// ArchiveOpener finds, opens and brings up to date the archive beside
// the session file. It runs once, in a tea.Cmd, as the meeting starts; it
// returns a *NoArchiveError when there is no archive there.
type ArchiveOpener func() (Archive, error)

// NoArchiveError says the session's folder has no archive yet, and where
// `debrief archive` would make one.
type NoArchiveError struct{ Dir string }

// Error says where no archive was found.
func (e *NoArchiveError) Error() string { return "no archive in " + e.Dir }

// rhymeDelay is how long typing must pause before rhymes are looked up:
// short enough to feel live, long enough that a burst of keys makes one
// lookup.
const rhymeDelay = 300 * time.Millisecond

// rhymeAfter arms the lookup's debounce; tests replace it to count ticks
// instead of waiting for them.
var rhymeAfter = func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd { return timer(d, fn) }

// archiveMsg is every message the archive's commands send back; the root
// hands them all to onArchive.
type archiveMsg interface{ fromArchive() }

type archiveOpenedMsg struct {
	ar  Archive
	err error
}

type rhymeTickMsg struct{ gen int }

type rhymesMsg struct {
	gen    int
	rhymes []archive.Rhyme
	err    error
}

type openItemsMsg struct {
	service string
	items   []archive.OpenAction
	err     error
}

type postmortemMsg struct {
	path, title, markdown string
	err                   error
}

func (archiveOpenedMsg) fromArchive() {}
func (rhymeTickMsg) fromArchive()     {}
func (rhymesMsg) fromArchive()        {}
func (openItemsMsg) fromArchive()     {}
func (postmortemMsg) fromArchive()    {}

// archiveState is how far the archive got.
type archiveState int

const (
	archiveOff archiveState = iota // no opener: replay, tests
	archiveOpening
	archiveNone
	archiveFailed
	archiveReady
)

// rhymeLink is the meeting's connection to the archive: it opens it, keeps
// the lookups debounced and in order, and holds what they found. Per
// keystroke it compares the box's text and arms a timer, nothing that
// grows with the archive or the session.
type rhymeLink struct {
	opener ArchiveOpener
	ar     Archive
	state  archiveState
	err    error
	noDir  string

	// gen counts changes to what a lookup reads; sent is the gen of the
	// last lookup started, whose answer is the only one kept.
	gen, sent  int
	cancel     context.CancelFunc
	lastText   string
	lastEvents int
	gated      bool
	query      archive.RhymeQuery
	rhymes     []archive.Rhyme
	lookErr    error
	looked     bool

	asked   bool
	service string
	// answered is the service the items are for, once they came.
	answered string
	items    []archive.OpenAction
	itemErr  error
}

// openCmd opens the archive, once.
func (l *rhymeLink) openCmd() tea.Cmd {
	if l == nil || l.opener == nil || l.state != archiveOff {
		return nil
	}
	l.state = archiveOpening
	open := l.opener
	return func() tea.Msg {
		ar, err := open()
		return archiveOpenedMsg{ar: ar, err: err}
	}
}

// rhymePhase reports whether the phase is one where rhymes help: what
// went poorly, contributing factors and action items, by capture kind so
// a team's own agenda gets them too.
func rhymePhase(st *model.State) bool {
	p, ok := st.Phase()
	if !ok {
		return false
	}
	switch p.Capture {
	case agenda.CapturePoorly, agenda.CaptureFactors, agenda.CaptureActions:
		return true
	}
	return false
}

// follow runs after every Update: when the text being typed or the log
// changed in a rhyming phase it arms the debounce, and when the service
// changed it asks for the open action items again.
func (l *rhymeLink) follow(st *model.State, typing string, events int, now time.Time) tea.Cmd {
	if l == nil || l.state != archiveReady || !st.Started() {
		return nil
	}
	var cmds []tea.Cmd
	if !l.asked || st.Setup.Service != l.service {
		l.asked, l.service = true, st.Setup.Service
		cmds = append(cmds, openItemsCmd(l.ar, l.service, st.Created, now))
	}
	gated := rhymePhase(st)
	if gated && (gated != l.gated || typing != l.lastText || events != l.lastEvents) {
		l.lastText, l.lastEvents = typing, events
		l.gen++
		gen := l.gen
		cmds = append(cmds, rhymeAfter(rhymeDelay, func(time.Time) tea.Msg { return rhymeTickMsg{gen: gen} }))
	}
	l.gated = gated
	return tea.Batch(cmds...)
}

// lookup starts the lookup a debounce tick asked for, unless typing went
// on since (a newer tick is coming) or the query is the one answered.
func (l *rhymeLink) lookup(msg rhymeTickMsg, st *model.State, typing string) tea.Cmd {
	if msg.gen != l.gen || l.ar == nil || !rhymePhase(st) {
		return nil
	}
	q := archive.QueryFromState(st, talkedAbout(st, typing))
	if l.looked && sameQuery(q, l.query) {
		return nil
	}
	if l.cancel != nil {
		l.cancel() // the answer to an older query is of no use now
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel, l.query, l.sent = cancel, q, msg.gen
	ar, gen := l.ar, msg.gen
	return func() tea.Msg {
		rs, err := ar.Rhymes(ctx, q)
		return rhymesMsg{gen: gen, rhymes: rs, err: err}
	}
}

// answer keeps a lookup's result when it is the newest one asked for.
func (l *rhymeLink) answer(msg rhymesMsg) bool {
	if msg.gen != l.sent {
		return false
	}
	l.looked, l.rhymes, l.lookErr = true, msg.rhymes, msg.err
	return true
}

// talkedAbout is the text a lookup looks for: what is being typed, or,
// with the box empty, the phase's newest note, so a note just committed
// keeps its rhymes on screen. It runs once per lookup, never per key.
func talkedAbout(st *model.State, typing string) string {
	if strings.TrimSpace(typing) != "" {
		return typing
	}
	ids := st.Notes(st.CurrentPhaseID())
	for i := len(ids) - 1; i >= 0; i-- {
		if n, ok := st.Note(ids[i]); ok && n.Section != model.SectionParked {
			return n.Text
		}
	}
	return ""
}

func sameQuery(a, b archive.RhymeQuery) bool {
	return a.Service == b.Service && a.Trigger == b.Trigger && a.Text == b.Text &&
		a.Exclude == b.Exclude && slices.Equal(a.Factors, b.Factors)
}

// opened records the archive, or why there is none.
func (l *rhymeLink) opened(msg archiveOpenedMsg) {
	var none *NoArchiveError
	switch {
	case msg.err == nil && msg.ar != nil:
		l.ar, l.state = msg.ar, archiveReady
		l.lastEvents = -1 // look up what is on screen now
	case errors.As(msg.err, &none):
		l.state, l.noDir = archiveNone, none.Dir
	default:
		l.state, l.err = archiveFailed, msg.err
	}
}

// reopen tries again when there was no archive: the room may have run
// `debrief archive` since the meeting started.
func (l *rhymeLink) reopen() tea.Cmd {
	if l == nil || l.state != archiveNone {
		return nil
	}
	l.state = archiveOff
	return l.openCmd()
}

// openItemsCmd asks for the action items left open by earlier reviews of
// the service; the meeting's own items (its review began at created) are
// not among them.
func openItemsCmd(ar Archive, service string, created, now time.Time) tea.Cmd {
	if service == "" {
		return nil
	}
	return func() tea.Msg {
		items, err := ar.OpenActions(archive.ActionFilter{Service: service, Now: now})
		var out []archive.OpenAction
		for _, it := range items {
			if it.Review.Before(created.Truncate(time.Second)) {
				out = append(out, it)
			}
		}
		return openItemsMsg{service: service, items: out, err: err}
	}
}

// postmortemCmd reads a rhyme's postmortem for the preview; title is
// the postmortem's own, as the archive indexed it.
func postmortemCmd(ar Archive, path, title string) tea.Cmd {
	return func() tea.Msg {
		md, err := ar.Postmortem(path)
		return postmortemMsg{path: path, title: title, markdown: md, err: err}
	}
}
