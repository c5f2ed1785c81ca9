package serve

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/debrief-dev/debrief/serve/servetest"
)

func TestMaxClients(t *testing.T) {
	a, b, c := servetest.NewPerson(t, "a", "viewer"), servetest.NewPerson(t, "b", "viewer"), servetest.NewPerson(t, "c", "viewer")
	m := startMeetingWith(t, []servetest.Person{a, b, c}, func(o *Options) { o.MaxClients = 2 })
	m.join(a).WaitFor("a viewer")
	m.join(b).WaitFor("b viewer")
	cl, err := m.Dial(c)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	s, _ := cl.NewSession()
	s.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
	var out strings.Builder
	s.Stdout, s.Stderr = &out, &out
	if err = s.Shell(); err == nil {
		err = s.Wait()
	}
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() != 1 || !strings.Contains(out.String(), "the meeting is full (2 people)") {
		t.Fatalf("a third person: %v %q", err, out.String())
	}
}

func TestIdleConnectionIsClosed(t *testing.T) {
	a := servetest.NewPerson(t, "a", "viewer")
	m := startMeetingWith(t, []servetest.Person{a}, func(o *Options) { o.IdleTimeout = 200 * time.Millisecond })
	cl, err := m.Dial(a)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cl.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cl.Close()
		t.Fatal("an idle connection was kept open")
	}
}

// blockingWriter is a client that never reads: its writes wait forever.
type blockingWriter struct {
	release chan struct{}
	wrote   atomic.Int64
}

func (w *blockingWriter) Write(p []byte) (int, error) {
	w.wrote.Add(int64(len(p)))
	<-w.release
	return 0, io.ErrClosedPipe
}

func TestOutputNeverBlocksAndIsBounded(t *testing.T) {
	w := &blockingWriter{release: make(chan struct{})}
	var cut atomic.Bool
	o := newOutBuffer(w, 4096, func() { cut.Store(true); close(w.release) })
	frame := bytes.Repeat([]byte("x"), 1000)
	for range 10 {
		if n, err := o.Write(frame); n != len(frame) || err != nil {
			t.Fatalf("Write: %d %v", n, err)
		}
	}
	o.Close()
	if !cut.Load() {
		t.Fatal("a client that does not read was not cut off")
	}
	if got := w.wrote.Load(); got > 4096 {
		t.Fatalf("%d bytes went to a client that does not read; the bound is 4096", got)
	}
}

func TestInputIsRateLimited(t *testing.T) {
	paste := bytes.Repeat([]byte("a"), 50<<10)
	ended := false
	l := newInLimiter(context.Background(), bytes.NewReader(paste), 100<<10, 10<<10, func() { ended = true })
	start := time.Now()
	buf := make([]byte, 64<<10)
	var got int
	for {
		n, err := l.Read(buf)
		if n > 10<<10 {
			t.Fatalf("one read gave %d bytes, more than the burst", n)
		}
		got += n
		if err != nil {
			break
		}
	}
	// 50 KB at 100 KB/s with a 10 KB burst takes at least 0.4 s.
	if took := time.Since(start); took < 350*time.Millisecond {
		t.Fatalf("50 KB went through in %v: not limited", took)
	}
	if got != len(paste) || !ended {
		t.Fatalf("read %d of %d bytes, ended %v", got, len(paste), ended)
	}
}

func TestOneScreenPerConnection(t *testing.T) {
	a := servetest.NewPerson(t, "a", "viewer")
	m := startMeeting(t, []servetest.Person{a}, false)
	tm := m.join(a)
	tm.WaitFor("a viewer")
	s, _ := tm.Client.NewSession()
	s.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
	var out strings.Builder
	s.Stdout, s.Stderr = &out, &out
	err := s.Shell()
	if err == nil {
		err = s.Wait()
	}
	if !strings.Contains(out.String(), "already shows the meeting") {
		t.Fatalf("a second screen on one connection: %v %q", err, out.String())
	}
}

func TestHandshakeFloodIsBounded(t *testing.T) {
	a := servetest.NewPerson(t, "a", "viewer")
	m := startMeetingWith(t, []servetest.Person{a}, func(o *Options) { o.MaxClients = 1 })
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	banner := func(c net.Conn) (string, error) {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		b := make([]byte, 8)
		n, err := io.ReadFull(c, b)
		return string(b[:n]), err
	}
	// Two connections that never finish a handshake are all MaxClients 1
	// allows; the third is closed at once.
	for i := range 3 {
		c, err := net.Dial("tcp", m.Addr)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		got, err := banner(c)
		switch {
		case i < 2 && got != "SSH-2.0-":
			t.Fatalf("connection %d: %q %v", i+1, got, err)
		case i == 2 && err == nil:
			t.Fatalf("the third connection was served: %q", got)
		}
	}
}

func TestAScreenThatCannotBeBuiltEndsOneSession(t *testing.T) {
	cr, ok := servetest.NewPerson(t, "crasher", "scribe"), servetest.NewPerson(t, "ok", "scribe")
	m := startMeeting(t, []servetest.Person{cr, ok}, false)
	c, err := m.Dial(cr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, _ := c.NewSession()
	s.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
	if err = s.Shell(); err == nil {
		err = s.Wait()
	}
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() != 1 {
		t.Fatalf("the crashed session ended with %v", err)
	}
	m.join(ok).WaitFor("ok scribe")
	if n := m.hub.connected(); n != 1 {
		t.Fatalf("%d links after the crash, want 1", n)
	}
}
