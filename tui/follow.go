package tui

import (
	"charm.land/bubbles/v2/key"
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/store"
)

// FollowOptions configure the follow view.
type FollowOptions struct {
	// Now is the clock; tests inject a fake one.
	Now func() time.Time
	// Rules is the phrasing rule set the notes are checked with.
	Rules *phrasing.Rules
	// Every is how often the file is read for new events.
	Every time.Duration
}

// Follow is a read-only live view of a session file another debrief is
// writing: the meeting screen without the note box, for the projector
// beside the scribe's laptop. It only reads the file.
type Follow struct {
	opt    FollowOptions
	c      *common
	path   string
	fl     *store.Follower
	st     *model.State
	screen *meetingScreen
	// note is the status line: following, or what went wrong with the file.
	note    string
	noteErr bool
	// transient is set while the note is a read error that the next good
	// read clears; that the file was replaced stays said.
	transient bool
}

// followedMsg is what one poll of the file read.
type followedMsg struct {
	events []model.Event
	err    error
}

// reopenedMsg is the file read again from the start, after it was
// replaced or cut shorter.
type reopenedMsg struct {
	fl     *store.Follower
	events []model.Event
	err    error
}

// pollMsg asks for the next read of the file.
type pollMsg struct{}

// NewFollow shows the session that fl follows at path, with the events it
// read so far.
func NewFollow(path string, fl *store.Follower, events []model.Event, opt FollowOptions) (*Follow, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Rules == nil {
		opt.Rules = phrasing.DefaultRules()
	}
	if opt.Every <= 0 {
		opt.Every = 250 * time.Millisecond
	}
	f := &Follow{opt: opt, c: newCommon(true), path: path, fl: fl}
	f.c.now = opt.Now()
	// Only q quits here: no hint on the meeting may name another key.
	f.c.keys.readOnly()
	withdraw(&f.c.keys.Global.Help, &f.c.keys.Global.Quit)
	if err := f.load(events); err != nil {
		return nil, err
	}
	f.note = followingNote(path)
	return f, nil
}

// load shows the meeting the events make, from the start.
func (f *Follow) load(events []model.Event) error {
	st, err := model.Fold(events)
	if err != nil {
		return fmt.Errorf("%s: %w", f.path, err)
	}
	f.st = st
	f.screen = nil
	f.ensureScreen()
	return nil
}

// ensureScreen builds the meeting screen once the meeting has started:
// before that there is nothing to show but a wait.
func (f *Follow) ensureScreen() {
	if f.screen != nil || !f.st.Started() {
		return
	}
	f.screen = newMeetingScreen(f.c, f.st, f.opt.Rules)
	f.screen.noInput = true
	f.screen.resize()
}

// Init starts the clock and the reading.
func (f *Follow) Init() tea.Cmd {
	return tea.Batch(tick(f.c.now), tea.RequestBackgroundColor, f.poll())
}

func (f *Follow) poll() tea.Cmd {
	fl := f.fl
	return func() tea.Msg {
		evs, err := fl.Poll()
		return followedMsg{events: evs, err: err}
	}
}

func (f *Follow) later() tea.Cmd {
	return timer(f.opt.Every, func(time.Time) tea.Msg { return pollMsg{} })
}

func (f *Follow) reopen() tea.Cmd {
	old, path := f.fl, f.path
	return func() tea.Msg {
		old.Close()
		fl, evs, _, err := store.Follow(path)
		return reopenedMsg{fl: fl, events: evs, err: err}
	}
}

// Update folds what the file gained and keeps the clock moving.
func (f *Follow) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	f.c.now = f.opt.Now()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		f.c.width, f.c.height = msg.Width, max(0, msg.Height-1)
		f.resize()
	case tea.BackgroundColorMsg:
		f.c.setStyles(msg.IsDark())
		f.resize()
	case tickMsg:
		if f.screen != nil {
			f.screen.onTick() // no bell: the room's screen rings it
		}
		return f, tick(f.c.now)
	case pollMsg:
		return f, f.poll()
	case followedMsg:
		return f, f.onFollowed(msg)
	case reopenedMsg:
		return f, f.onReopened(msg)
	case tea.KeyPressMsg:
		if key.Matches(msg, f.c.keys.Replay.Quit) {
			return f, tea.Quit
		}
		if f.screen != nil {
			readScroll(f.screen, msg)
		}
	}
	return f, nil
}

func (f *Follow) onFollowed(msg followedMsg) tea.Cmd {
	f.apply(msg.events)
	switch {
	case errors.Is(msg.err, store.ErrReplaced):
		f.note, f.noteErr = "the file was replaced or cut shorter: reading it again from the start · "+inert(f.path), true
		return f.reopen()
	case msg.err != nil:
		f.note, f.noteErr = "cannot follow: "+inert(msg.err.Error())+" (trying again)", true
		f.transient = true
	case len(msg.events) > 0 && f.transient:
		f.note, f.noteErr, f.transient = followingNote(f.path), false, false
	}
	return f.later()
}

func (f *Follow) onReopened(msg reopenedMsg) tea.Cmd {
	if msg.err != nil {
		f.note, f.noteErr = "cannot read "+inert(msg.err.Error())+" (trying again)", true
		return timer(time.Second, func(time.Time) tea.Msg { return f.reopenAgain() })
	}
	f.fl = msg.fl
	if err := f.load(msg.events); err != nil {
		f.note, f.noteErr = inert(err.Error()), true
		return f.later()
	}
	f.note, f.noteErr = "the file was replaced or cut shorter: showing it as it is now · q quits · "+inert(f.path), true
	return f.later()
}

// reopenAgain reads the file from the start once more, after it could
// not be read: a writer moving a new file into place.
func (f *Follow) reopenAgain() tea.Msg {
	fl, evs, _, err := store.Follow(f.path)
	return reopenedMsg{fl: fl, events: evs, err: err}
}

// apply folds new events into the view; one the fold refuses is shown,
// not guessed at.
func (f *Follow) apply(evs []model.Event) {
	var done []model.Event
	for _, ev := range evs {
		if err := f.st.Apply(ev); err != nil {
			f.note, f.noteErr = fmt.Sprintf("%s: event %d: %v", inert(f.path), ev.Seq, err), true
			break
		}
		done = append(done, ev)
	}
	if len(done) == 0 {
		return
	}
	if f.screen == nil {
		f.ensureScreen()
		return
	}
	f.screen.followEvents(done)
}

func (f *Follow) resize() {
	if f.screen != nil {
		f.screen.resize()
	}
}

// State is the meeting as followed so far.
func (f *Follow) State() *model.State { return f.st }

// View draws the meeting read-only, with what the follow view is doing
// on the last line.
func (f *Follow) View() tea.View {
	c := f.c
	var s string
	switch {
	case c.width < 1:
	case f.screen == nil:
		s = fill(c.styles.Muted.Render("waiting for the meeting in "+inert(f.path)+" to start…"), c.width, c.height)
	default:
		s = fill(f.screen.View(viewOptions{noInput: true}), c.width, c.height)
	}
	style := c.styles.Muted
	if f.noteErr {
		style = c.styles.Error
	}
	if c.width > 0 {
		s += "\n" + ansi.Truncate(style.Render(f.note), c.width, "…")
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = "debrief follow"
	return v
}

// followingNote is the status line while all is well: the only keys
// there are, and what is followed.
func followingNote(path string) string {
	// The keys first: a long path is cut, the keys never.
	return "read-only · " + readScrollKeys + " scroll · q quits · following " + inert(path)
}
