package serve

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/time/rate"
)

// inLimiter bounds how fast one client's keystrokes and pastes reach its
// program, so a megabyte paste costs the shared CPU no more than steady
// typing at the limit would.
type inLimiter struct {
	ctx   context.Context
	r     io.Reader
	lim   *rate.Limiter
	burst int
	end   func()
}

func newInLimiter(ctx context.Context, r io.Reader, perSecond, burst int, end func()) *inLimiter {
	return &inLimiter{ctx: ctx, r: r, lim: rate.NewLimiter(rate.Limit(perSecond), burst), burst: burst, end: end}
}

// Read reads at most a burst and waits until the rate allows it; an
// error, such as the client leaving, ends the program.
func (l *inLimiter) Read(p []byte) (int, error) {
	if len(p) > l.burst {
		p = p[:l.burst]
	}
	n, err := l.r.Read(p)
	if n > 0 {
		if werr := l.lim.WaitN(l.ctx, n); werr != nil && err == nil {
			err = werr
		}
	}
	if err != nil {
		l.end()
	}
	return n, err
}

// outBuffer takes a program's output without ever blocking it, and
// writes it to the client from a goroutine of its own. A client that
// stops reading lets at most max bytes pile up; past that it is cut off
// (its draft waits for it to reconnect) rather than holding memory or
// anyone's frames.
type outBuffer struct {
	w        io.Writer
	max      int
	overflow func()

	mu      sync.Mutex
	buf     []byte
	closed  bool
	ready   chan struct{}
	drained chan struct{}
}

func newOutBuffer(w io.Writer, max int, overflow func()) *outBuffer {
	o := &outBuffer{w: w, max: max, overflow: overflow, ready: make(chan struct{}, 1), drained: make(chan struct{})}
	go o.drain()
	return o
}

// Write queues p for the client and never blocks.
func (o *outBuffer) Write(p []byte) (int, error) {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return len(p), nil
	}
	if len(o.buf)+len(p) > o.max {
		o.closed = true
		o.mu.Unlock()
		o.signal()
		go o.overflow()
		return len(p), nil
	}
	o.buf = append(o.buf, p...)
	o.mu.Unlock()
	o.signal()
	return len(p), nil
}

func (o *outBuffer) signal() {
	select {
	case o.ready <- struct{}{}:
	default:
	}
}

func (o *outBuffer) drain() {
	defer close(o.drained)
	var chunk []byte
	for range o.ready {
		o.mu.Lock()
		chunk, o.buf = o.buf, chunk[:0]
		closed := o.closed
		o.mu.Unlock()
		if len(chunk) > 0 {
			if _, err := o.w.Write(chunk); err != nil {
				o.mu.Lock()
				o.closed = true
				o.mu.Unlock()
				return
			}
		}
		if closed {
			return
		}
	}
}

// Close stops taking output and gives what is buffered (the program's
// last frame restores the client's terminal) a moment to be written; a
// client that is not reading does not get to hold the session open.
func (o *outBuffer) Close() error {
	o.mu.Lock()
	o.closed = true
	o.mu.Unlock()
	o.signal()
	select {
	case <-o.drained:
	case <-time.After(2 * time.Second):
	}
	return nil
}

// guarded runs a person's screen so that a panic in its Init, Update or
// View ends that person's session with a line in the host's log, rather
// than Bubble Tea's stack dump on the host's own terminal. (A panic in a
// command is still caught by Bubble Tea, and still ends only that
// session.)
type guarded struct {
	m      tea.Model
	who    string
	logf   func(format string, args ...any)
	failed bool
}

func (g *guarded) fail(r any) {
	if !g.failed {
		g.failed = true
		// The panic may quote a note; quoting keeps it off the host's
		// terminal as control sequences.
		g.logf("the screen of %s hit a bug and was closed: %s\n%s", g.who, strconv.QuoteToASCII(fmt.Sprint(r)), debug.Stack())
	}
}

// Init starts the screen.
func (g *guarded) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.fail(r)
			cmd = tea.Quit
		}
	}()
	return g.m.Init()
}

// Update passes msg to the screen; after a panic it quits.
func (g *guarded) Update(msg tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	if g.failed {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.fail(r)
			cmd = tea.Quit
		}
	}()
	g.m, cmd = g.m.Update(msg)
	return g, cmd
}

// View draws the screen, or a sentence once it has failed.
func (g *guarded) View() (v tea.View) {
	if g.failed {
		return tea.NewView("This screen hit a bug and closed. Everything committed is kept; reconnect to go on.")
	}
	defer func() {
		if r := recover(); r != nil {
			g.fail(r)
			v = tea.NewView("This screen hit a bug and closed.")
		}
	}()
	return g.m.View()
}
