package serve

// This file is the whole of the SSH-to-Bubble-Tea wiring, shaped like
// wish's bubbletea middleware: the session is the program's input and
// output, window changes become tea.WindowSizeMsg, and TERM and the
// colour profile come from the client. Moving to wish replaces this file.

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/gliderlabs/ssh"
)

// maxSide bounds a terminal side a client may claim, so a made-up size
// cannot make its screen's every frame huge.
const maxSide = 1000

// maxFPS is how often a screen may draw a changed frame: Bubble Tea's
// highest rate.
const maxFPS = 120

// Terminal is what an SSH client said about its terminal.
type Terminal struct {
	Term          string
	Width, Height int
	Profile       colorprofile.Profile
	Environ       []string
}

// terminalOf reads the session's pty request; false when there is none.
func terminalOf(s ssh.Session) (Terminal, bool) {
	pty, _, ok := s.Pty()
	if !ok {
		return Terminal{}, false
	}
	env := append(s.Environ(), "TERM="+pty.Term)
	return Terminal{Term: pty.Term, Width: min(pty.Window.Width, maxSide), Height: min(pty.Window.Height, maxSide),
		Profile: colorprofile.Env(env), Environ: env}, true
}

// runProgram runs m on the session until the program quits or the
// client goes. started is called with the program before it runs.
func runProgram(s ssh.Session, m tea.Model, t Terminal, lim Limits, started func(*tea.Program)) error {
	ctx, cancel := context.WithCancel(s.Context())
	defer cancel()
	out := newOutBuffer(s, lim.OutputBuffer, func() { s.Close() })
	defer out.Close()
	// The client closing its side ends the program: input ends, and with
	// it the context.
	in := newInputFilter(newInLimiter(ctx, s, lim.InputRate, lim.InputBurst, cancel), lim.MaxSequence, lim.MaxPaste)
	p := tea.NewProgram(m,
		tea.WithContext(ctx),
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithEnvironment(t.Environ),
		tea.WithColorProfile(t.Profile),
		tea.WithWindowSize(t.Width, t.Height),
		// A change is drawn at the screen's next frame: at 120 a second
		// the last of fifty screens waits at most 8 ms for its turn,
		// not 17, and an unchanged frame costs a comparison.
		tea.WithFPS(maxFPS),
		// The host handles its own signals; one person's screen must not.
		tea.WithoutSignalHandler(),
		// There is no local shell to suspend to.
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			if _, ok := msg.(tea.SuspendMsg); ok {
				return tea.ResumeMsg{}
			}
			return msg
		}),
	)
	_, windows, _ := s.Pty()
	go resizes(ctx, p, windows, lim.ResizeEvery)
	started(p)
	_, err := p.Run()
	p.Kill()
	return err
}

// resizes sends the client's window changes to p, at most one per every:
// a client resizing a thousand times a second costs its screen a few
// dozen layouts, and the others nothing.
func resizes(ctx context.Context, p *tea.Program, windows <-chan ssh.Window, every time.Duration) {
	var latest *ssh.Window
	var due <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case w, ok := <-windows:
			if !ok {
				return
			}
			latest = &w
			if due == nil {
				due = time.After(every)
			}
		case <-due:
			due = nil
			p.Send(tea.WindowSizeMsg{Width: min(latest.Width, maxSide), Height: min(latest.Height, maxSide)})
		}
	}
}
