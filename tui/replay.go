package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// ReplayOptions configure a replay.
type ReplayOptions struct {
	// Events is the meeting's log, from a session file or an export.
	Events []model.Event
	// Speed plays the meeting N times faster than it ran.
	Speed float64
	// Name is the file being replayed, shown in the header.
	Name string
	// Now is the real clock that drives playback; tests inject one.
	Now func() time.Time
	// Rules is the phrasing rule set for the flags shown.
	Rules *phrasing.Rules
}

// replayTickMsg drives playback.
type replayTickMsg time.Time

// Replay is the read-only screen that plays a meeting back as it
// happened. Its state at event k is the fold of the first k events, drawn
// by the meeting screen asked for a view without the note box.
type Replay struct {
	events  []model.Event
	k       int
	c       *common
	state   *model.State
	screen  *meetingScreen
	rules   *phrasing.Rules
	playing bool
	speed   float64
	// play is each event's place in the playback, counted in meeting
	// time; pos is the place being shown; last is the real time of the
	// previous tick.
	play   []time.Duration
	pos    time.Duration
	last   time.Time
	now    func() time.Time
	name   string
	status string
}

// NewReplay prepares a replay, positioned just after the session opened.
func NewReplay(opt ReplayOptions) (*Replay, error) {
	if len(opt.Events) == 0 {
		return nil, fmt.Errorf("no events to replay")
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Speed <= 0 {
		opt.Speed = 1
	}
	if opt.Rules == nil {
		opt.Rules = phrasing.DefaultRules()
	}
	if _, err := model.Fold(opt.Events); err != nil {
		return nil, err
	}
	r := &Replay{events: opt.Events, speed: opt.Speed, now: opt.Now, name: opt.Name, playing: true,
		c: newCommon(true), rules: opt.Rules, play: playTimes(opt.Events)}
	// The meeting is shown read-only: no hint on it may name a meeting
	// key, and the replay's own keys are on its help line.
	r.c.keys.readOnly()
	withdraw(&r.c.keys.Global.Help, &r.c.keys.Global.Quit)
	r.Seek(1)
	return r, nil
}

// Position is how many events have been played.
func (r *Replay) Position() int { return r.k }

// State is the meeting as of the current position.
func (r *Replay) State() *model.State { return r.state }

// Seek shows the meeting as it was after the first k events: forwards by
// applying the events in between, backwards by folding again from the top.
func (r *Replay) Seek(k int) {
	k = max(1, min(k, len(r.events)))
	r.c.now = r.events[k-1].At
	if k < r.k || r.k == 0 {
		st, _ := model.Fold(r.events[:k])
		r.state = st
		if r.screen == nil {
			r.screen = newMeetingScreen(r.c, st, r.rules)
			r.screen.noInput = true
			r.screen.resize()
		} else {
			r.screen.setState(st)
		}
	} else {
		var applied []model.Event
		for _, ev := range r.events[r.k:k] {
			if r.state.Apply(ev) == nil {
				applied = append(applied, ev)
			}
		}
		r.screen.followEvents(applied)
	}
	r.k = k
	r.pos = r.play[k-1]
	r.follow()
	r.status = describe(r.events[k-1], r.state)
}

// Init starts playing at once.
func (r *Replay) Init() tea.Cmd {
	r.last = r.now()
	return tea.Batch(r.tick(), tea.RequestBackgroundColor)
}

func (r *Replay) tick() tea.Cmd {
	return timer(100*time.Millisecond, func(t time.Time) tea.Msg { return replayTickMsg(t) })
}

// Update handles playback keys and ticks.
func (r *Replay) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.c.width, r.c.height = msg.Width, max(0, msg.Height-5)
		r.c.help.SetWidth(msg.Width)
		r.screen.resize()
		r.c.height = msg.Height
	case tea.BackgroundColorMsg:
		r.c.setStyles(msg.IsDark())
		r.Update(tea.WindowSizeMsg{Width: r.c.width, Height: r.c.height})
	case replayTickMsg:
		now := r.now()
		if r.playing {
			r.advance(time.Duration(float64(now.Sub(r.last)) * r.speed))
		}
		r.last = now
		r.c.now = r.events[r.k-1].At.Add(r.pos - r.play[r.k-1])
		r.screen.onTick()
		return r, r.tick()
	case tea.KeyPressMsg:
		return r, r.key(msg)
	}
	return r, nil
}

// advance moves meeting time on by d, playing every event it passes.
func (r *Replay) advance(d time.Duration) {
	pos := min(r.pos+d, r.play[len(r.play)-1])
	k := r.k
	for k < len(r.events) && r.play[k] <= pos {
		k++
	}
	if k != r.k {
		r.Seek(k)
	}
	r.pos = pos
	if r.k == len(r.events) {
		r.playing = false
	}
}

func (r *Replay) key(msg tea.KeyPressMsg) tea.Cmd {
	k := r.c.keys.Replay
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.PlayPause):
		if r.k == len(r.events) {
			r.Seek(1)
		}
		r.playing = !r.playing
		r.last = r.now()
	case key.Matches(msg, k.StepForward):
		r.playing = false
		r.Seek(r.k + 1)
	case key.Matches(msg, k.StepBack):
		r.playing = false
		r.Seek(r.k - 1)
	case key.Matches(msg, k.PhaseForward):
		r.Seek(r.nextPhase())
	case key.Matches(msg, k.PhaseBack):
		r.Seek(r.prevPhase())
	case key.Matches(msg, k.Faster):
		r.speed = min(r.speed*2, 1024)
	case key.Matches(msg, k.Slower):
		r.speed = max(r.speed/2, 0.25)
	default:
		readScroll(r.screen, msg)
	}
	return nil
}

func isPhaseEvent(ev model.Event) bool {
	return ev.Kind == model.PhaseStarted || ev.Kind == model.MeetingEnded
}

// nextPhase is the position just after the next phase change.
func (r *Replay) nextPhase() int {
	for i := r.k; i < len(r.events); i++ {
		if isPhaseEvent(r.events[i]) {
			return i + 1
		}
	}
	return len(r.events)
}

// prevPhase is the position just after the phase change before the one
// that started the phase on screen.
func (r *Replay) prevPhase() int {
	cur := -1
	for i := r.k - 1; i >= 0; i-- {
		if isPhaseEvent(r.events[i]) {
			cur = i
			break
		}
	}
	for i := cur - 1; i >= 0; i-- {
		if isPhaseEvent(r.events[i]) {
			return i + 1
		}
	}
	return 1
}

// View draws the meeting as it was, read-only, with the playback bar on
// top and the replay's own keys below.
func (r *Replay) View() tea.View {
	w, h := r.c.width, r.c.height
	v := tea.NewView("")
	v.AltScreen = true
	if w < 1 || h < 5 {
		return v
	}
	st := r.c.styles
	state := "playing"
	if !r.playing {
		state = "paused"
	}
	if r.k == len(r.events) {
		state = "end"
	}
	total := r.play[len(r.play)-1]
	at := min(r.pos, total)
	info := fmt.Sprintf(" %s / %s · event %d/%d · %s · %g×", fmtClock(at), fmtClock(total), r.k, len(r.events), state, r.speed)
	title := st.Title.Render("replay ") + st.Muted.Render(shortenPath(inert(r.name), w-len("replay ")))
	bar := progressBar(at, total, max(0, w-ansi.StringWidth(info)-1))
	top := ansi.Truncate(title, w, "…") + "\n" + ansi.Truncate(st.PaneTitle.Render(bar)+st.Muted.Render(info), w, "…")
	body := r.screen.View(viewOptions{noInput: true})
	status := st.Muted.Render(shortenAtWord(r.status, w))
	keys := r.c.keys.Replay
	keys.Scroll = readScrollHelp(r.screen)
	help := strings.Join(helpLines(r.c, keyHelp{short: keys.bindings()}, w, 2), "\n")
	v.Content = clip(top+"\n"+fill(body, w, h-5)+"\n"+status+"\n"+help, w, h)
	return v
}

// playTimes places each event in the playback by meeting time. The time
// between a close and a resume was not meeting time, and nor was the wait
// before an action item's status or ticket recorded after the meeting:
// those events play where the meeting left off, without their gap.
func playTimes(evs []model.Event) []time.Duration {
	play := make([]time.Duration, len(evs))
	var at time.Duration
	meetingAt := evs[0].At
	closed := false
	for i, ev := range evs {
		switch {
		case afterTheMeeting(ev.Kind):
		case closed:
			meetingAt = ev.At
		default:
			at += max(0, ev.At.Sub(meetingAt))
			meetingAt = ev.At
		}
		switch ev.Kind {
		case model.SessionClosed:
			closed = true
		case model.SessionResumed:
			closed = false
		}
		play[i] = at
	}
	return play
}

// afterTheMeeting is whether events of kind k are written by the
// follow-up commands (debrief actions, debrief tickets), usually long
// after the meeting.
func afterTheMeeting(k model.Kind) bool {
	return k == model.ActionStatusSet || k == model.TicketLinked || k == model.TicketExported
}

func progressBar(at, total time.Duration, w int) string {
	if w <= 0 {
		return ""
	}
	filled := w
	if total > 0 {
		filled = int(float64(w) * float64(max(0, min(at, total))) / float64(total))
	}
	return strings.Repeat("█", filled) + strings.Repeat("░", w-filled)
}

// describe says what an event did, for the replay's status line.
func describe(ev model.Event, s *model.State) string {
	t := ev.At.UTC().Format("15:04:05")
	if d := ev.At.UTC().Format(time.DateOnly); d != s.Created.UTC().Format(time.DateOnly) {
		// Later, on another day: the time alone would read as the meeting's.
		t = d + " " + t
	}
	text := func() string { return "“" + shortenAtWord(inert(ev.Text), 60) + "”" }
	switch ev.Kind {
	case model.SessionCreated:
		return t + " session opened"
	case model.PhaseStarted:
		if i := s.Agenda.Index(ev.Phase); i >= 0 {
			return t + " phase: " + inert(s.Agenda.Phases[i].Title)
		}
	case model.MeetingEnded:
		return t + " wrap-up"
	case model.NoteAdded:
		if ev.Parent != 0 {
			return t + " why? " + text()
		}
		return fmt.Sprintf("%s note #%d %s", t, ev.Note, text())
	case model.NoteEdited:
		return fmt.Sprintf("%s edited #%d → %s", t, ev.Note, text())
	case model.NoteDeleted:
		return fmt.Sprintf("%s deleted #%d", t, ev.Note)
	case model.NoteMoved:
		sec := ev.Section
		if sec == "" {
			sec = "plain note"
		}
		return fmt.Sprintf("%s #%d → %s", t, ev.Note, sec)
	case model.FlagDismissed:
		return fmt.Sprintf("%s dismissed flag %s on #%d", t, inert(ev.Rule), ev.Note)
	case model.TimerExtended:
		return fmt.Sprintf("%s +%ds", t, ev.Seconds)
	case model.DraftSaved:
		if ev.Text == "" {
			return t + " the box was cleared"
		}
		return t + " still typing: " + text()
	case model.ActionStatusSet:
		return fmt.Sprintf("%s action #%d marked %s", t, ev.Note, inert(ev.Value))
	case model.ImpactSet:
		return t + " impact " + inert(ev.Field) + " = " + inert(ev.Value)
	}
	return t + " " + strings.ReplaceAll(string(ev.Kind), "_", " ")
}
