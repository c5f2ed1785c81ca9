package serve

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/zones"
)

// DefaultMaxText bounds the text of one event from a client: far above a
// note, far below a paste that would slow every screen folding it.
const DefaultMaxText = 8 << 10

// HubOptions configure a Hub.
type HubOptions struct {
	// Now stamps each event; time.Now when nil.
	Now func() time.Time
	// Policy says which phases participants write in.
	Policy model.Policy
	// MaxText bounds an event's text, in bytes; DefaultMaxText when 0.
	MaxText int
	// Logf reports what the host should know (a failed write); nothing
	// when nil.
	Logf func(format string, args ...any)
	// DraftsFile is where what each person has typed and not committed is
	// kept (store.DraftsPath of the session), read back when the meeting
	// is served again, so neither a killed host nor the end of the meeting
	// loses it; "" keeps drafts in memory only.
	DraftsFile string
}

// Hub is the one writer of a served meeting's session file. Every
// client's change comes to it as events; one goroutine checks the
// sender's right to each (model.Permit), stamps seq, time and author,
// folds it, appends it to the file and wakes every client's Link, so all
// screens fold the same log in the same order.
type Hub struct {
	file *store.File
	opts HubOptions
	reqs chan request
	quit chan struct{}
	done chan struct{}

	// state is the fold of every event taken; only the run goroutine
	// touches it.
	state *model.State

	mu      sync.RWMutex
	log     []model.Event // every event, seq i+1 at index i; append-only
	links   map[int]*Link
	drafts  map[string]string // uncommitted text, by key fingerprint
	draftsV int               // counts changes to drafts
	nextID  int
	presVer int
	warning string
	keeper  draftKeeper
}

// request is a link with changes in its outbox, or the host's events.
type request struct {
	link *Link
	evs  []model.Event
	done chan error
}

// NewHub serves the session in f, whose events so far are events (as
// Create plus the first events, or Open, returned them). The caller keeps
// f and closes it after Close.
func NewHub(f *store.File, events []model.Event, opts HubOptions) (*Hub, error) {
	st, err := model.Fold(events)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Path(), err)
	}
	// The hub's log is the file's: event i has seq i+1, and every one of
	// them is on disk.
	for i, ev := range events {
		if ev.Seq != i+1 {
			return nil, fmt.Errorf("%s: event %d has seq %d; the hub needs the whole log from seq 1", f.Path(), i+1, ev.Seq)
		}
	}
	if f.LastSeq() != len(events) {
		return nil, fmt.Errorf("%s: the file holds %d events, %d were given", f.Path(), f.LastSeq(), len(events))
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxText <= 0 {
		opts.MaxText = DefaultMaxText
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	drafts := map[string]string{}
	if opts.DraftsFile != "" {
		kept, err := store.LoadDrafts(opts.DraftsFile)
		if err != nil {
			return nil, err
		}
		for fp, text := range kept {
			drafts[fp] = text
		}
	}
	h := &Hub{file: f, opts: opts, state: st, reqs: make(chan request, 256),
		quit: make(chan struct{}), done: make(chan struct{}),
		log: slices.Clone(events), links: map[int]*Link{}, drafts: drafts,
		keeper: draftKeeper{done: make(chan struct{})}}
	go h.keepDrafts()
	go h.run()
	return h, nil
}

// Close stops taking changes and disconnects every link. Every event
// already taken is on disk unless a write failed (see Warning). The host
// records session_closed with Record first, and closes the file after.
func (h *Hub) Close() {
	select {
	case <-h.quit:
	default:
		close(h.quit)
	}
	<-h.done
	h.mu.RLock()
	links := make([]*Link, 0, len(h.links))
	for _, l := range h.links {
		links = append(links, l)
	}
	h.mu.RUnlock()
	for _, l := range links {
		l.Leave()
	}
	<-h.keeper.done
	h.saveDrafts() // what was typed up to the end
}

// Events returns every event taken so far. The slice must not be changed.
func (h *Hub) Events() []model.Event {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return slices.Clip(h.log)
}

// Record takes events from the host itself, such as session_closed when
// it quits, without a client's permission check or author, and returns
// once they are written.
func (h *Hub) Record(evs ...model.Event) error {
	done := make(chan error, 1)
	select {
	case h.reqs <- request{evs: evs, done: done}:
	case <-h.quit:
		return fmt.Errorf("the meeting is no longer served")
	}
	select {
	case err := <-done:
		return err
	case <-h.done:
		return fmt.Errorf("the meeting is no longer served")
	}
}

func (h *Hub) submit(l *Link) {
	select {
	case h.reqs <- request{link: l}:
	case <-h.quit:
	case <-l.gone:
	}
}

// retryEvery is how often events a failed write left in memory are
// written again while no new change comes to carry them.
const retryEvery = time.Second

// run takes requests one batch at a time: a batch is checked, folded and
// written with one sync, so a burst of commits costs one disk flush.
func (h *Hub) run() {
	defer close(h.done)
	var retry <-chan time.Time
	for {
		if retry == nil && h.Warning() != "" {
			retry = time.After(retryEvery)
		}
		var batch []request
		select {
		case r := <-h.reqs:
			batch = append(batch, r)
		case <-retry:
			retry = nil
			h.flush()
			continue
		case <-h.quit:
			return
		}
	more:
		for len(batch) < 64 {
			select {
			case r := <-h.reqs:
				batch = append(batch, r)
			default:
				break more
			}
		}
		h.commit(batch)
	}
}

func (h *Hub) commit(batch []request) {
	var taken []model.Event
	for i, r := range batch {
		if r.link == nil {
			evs, err := h.take(nil, r.evs)
			taken = append(taken, evs...)
			if err != nil {
				r.done <- err
				batch[i].done = nil
			}
			continue
		}
		for _, evs := range r.link.outbox() {
			evs, err := h.take(r.link, evs)
			taken = append(taken, evs...)
			if err != nil {
				r.link.notify(err.Error())
			}
		}
	}
	if len(taken) > 0 {
		h.mu.Lock()
		h.log = append(h.log, taken...)
		// The enter that adds a note also empties the box: taking the
		// draft with the note sends "no longer typing" in the same wake,
		// so every screen draws one frame for the two, not two.
		for _, r := range batch {
			if r.link != nil && h.keepDraftLocked(r.link) {
				h.presVer++
			}
		}
		h.mu.Unlock()
		h.flush()
	}
	for _, r := range batch {
		if r.done != nil {
			r.done <- h.currentWarning()
		}
	}
}

// flush writes the events not yet on disk and wakes every screen. A
// failed write keeps the events in the log and on every screen; the next
// commit, or the retry, writes them, and Append never writes one twice.
// Only the run goroutine appends to the log, so it reads it unlocked.
func (h *Hub) flush() {
	err := h.file.Append(h.log[h.file.LastSeq():]...)
	h.setWarning(err)
	h.wakeAll()
}

// take checks and folds one submission's events, from link or, when
// link is nil, from the host. The first one refused stops the rest,
// which may depend on it.
func (h *Hub) take(link *Link, evs []model.Event) ([]model.Event, error) {
	var out []model.Event
	ids := map[int]int{}
	for _, ev := range evs {
		ev.Seq, ev.At = h.state.Count+1, h.opts.Now().UTC()
		if link != nil {
			ident := link.Identity()
			ev.Author = ident.Name
			if err := h.clean(&ev); err != nil {
				return out, err
			}
			// Clients number new notes from their own fold, which may be
			// behind; the hub gives the id, and later events of the same
			// request follow the renumbering.
			if id, ok := ids[ev.Note]; ok && ev.Kind != model.NoteAdded {
				ev.Note = id
			}
			if id, ok := ids[ev.Parent]; ok {
				ev.Parent = id
			}
			if ev.Kind == model.NoteAdded {
				ids[ev.Note] = h.state.NextNoteID()
				ev.Note = h.state.NextNoteID()
			}
			if err := model.Permit(h.state, h.opts.Policy, ident.Access, ident.Name, ev); err != nil {
				return out, err
			}
		}
		zones.Learn([]model.Event{ev})
		if err := h.state.Apply(ev); err != nil {
			return out, fmt.Errorf("not recorded: %v", err)
		}
		out = append(out, ev)
	}
	return out, nil
}

// clean bounds a client's text and drops control characters other than
// newline and tab, so nothing a client sends can reach another person's
// terminal as a control sequence.
func (h *Hub) clean(ev *model.Event) error {
	for _, s := range []*string{&ev.Text, &ev.Value, &ev.Field, &ev.Rule, &ev.Phase, &ev.Section} {
		if len(*s) > h.opts.MaxText {
			return fmt.Errorf("not recorded: %d bytes of text is more than the %d a change may hold", len(*s), h.opts.MaxText)
		}
		*s = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) && r != '\n' && r != '\t' {
				return -1
			}
			return r
		}, *s)
	}
	if ev.Agenda != nil {
		return fmt.Errorf("not recorded: only the host sets the agenda")
	}
	return nil
}

func (h *Hub) setWarning(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	was := h.warning
	h.warning = ""
	if err != nil {
		then := "written on the next change"
		if errors.Is(err, store.ErrChanged) {
			// Trying again cannot help; the host's quit rescues them.
			then = "ending the meeting writes the whole meeting to a rescue copy"
		}
		h.warning = fmt.Sprintf("%v; %d changes are kept in memory, and %s", err, len(h.log)-h.file.LastSeq(), then)
	}
	if h.warning != was {
		if h.warning != "" {
			h.opts.Logf("%s", h.warning)
		}
		h.presVer++
	}
}

func (h *Hub) currentWarning() error {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if h.warning != "" {
		return fmt.Errorf("%s", h.warning)
	}
	return nil
}

// Warning is the last write failure still unresolved, "" when the file
// holds every event.
func (h *Hub) Warning() string {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.warning
}

func (h *Hub) wakeAll() {
	h.mu.RLock()
	defer h.mu.RUnlock()
	h.wakeLocked()
}
