package serve

import (
	"errors"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve/servetest"
)

func TestViewerKeystrokesChangeNothing(t *testing.T) {
	vi := servetest.NewPerson(t, "vi", "viewer")
	m := startMeeting(t, []servetest.Person{vi}, false)
	tm := m.join(vi)
	tm.WaitFor("vi viewer")
	before := len(m.hub.Events())
	tm.Send("hello\r\x0e\x05")
	tm.WaitFor("notice a viewer cannot record")
	if got := m.hub.Events(); len(got) != before {
		t.Fatalf("a viewer's keys recorded %d events", len(got)-before)
	}
}

func TestParticipantEditsOnlyOwnNotes(t *testing.T) {
	bo, kim := servetest.NewPerson(t, "bo", "scribe"), servetest.NewPerson(t, "kim", "participant")
	m := startMeeting(t, []servetest.Person{bo, kim}, false)
	sb, pa := m.join(bo), m.join(kim)
	pa.WaitFor("kim participant")
	pa.Send("alert was early\r")
	pa.WaitFor("last alert was early by kim")
	pa.Send("alert fired early\x05") // ctrl+e edits the last note: kim's
	pa.WaitFor("last alert fired early by kim")

	sb.Send("runbook was stale\r")
	pa.WaitFor("last runbook was stale by bo")
	pa.Send("not stale\x05")
	pa.WaitFor("notice a participant cannot record note_edited: participants change only")
	sb.WaitFor("last runbook was stale by bo")
	if n := servetest.CountKind(m.hub.Events(), model.NoteEdited); n != 1 {
		t.Fatalf("%d edits recorded, want kim's own one", n)
	}
}

func TestScribeCannotRunTheClock(t *testing.T) {
	bo := servetest.NewPerson(t, "bo", "scribe")
	m := startMeeting(t, []servetest.Person{bo}, false)
	tm := m.join(bo)
	tm.WaitFor("bo scribe")
	tm.Send("\x0e")
	tm.WaitFor("notice a scribe cannot record phase_started")
	if n := servetest.CountKind(m.hub.Events(), model.PhaseStarted); n != 0 {
		t.Fatalf("a scribe started %d phases", n)
	}
}

func TestUnknownKeyIsRefused(t *testing.T) {
	bo, stranger := servetest.NewPerson(t, "bo", "scribe"), servetest.NewPerson(t, "zed", "viewer")
	m := startMeeting(t, []servetest.Person{bo}, false)
	if c, err := m.Dial(stranger); err == nil {
		c.Close()
		t.Fatal("a key not in the keys file got in")
	}
	// With viewers let in, the same key follows read-only as a guest.
	m2 := startMeeting(t, []servetest.Person{bo}, true)
	tm := m2.join(stranger)
	tm.WaitFor("guest-")
	tm.WaitFor(" viewer ")
	tm.Send("x\r")
	tm.WaitFor("notice a viewer cannot record")
}

func TestNoShellExecSubsystemOrForwarding(t *testing.T) {
	bo := servetest.NewPerson(t, "bo", "scribe")
	m := startMeeting(t, []servetest.Person{bo}, false)
	c, err := m.Dial(bo)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	s, _ := c.NewSession()
	if out, err := s.CombinedOutput("id"); err == nil {
		t.Fatalf("exec ran: %q", out)
	}
	s, _ = c.NewSession()
	if err := s.RequestSubsystem("sftp"); err == nil {
		t.Fatal("the sftp subsystem was granted")
	}
	s, _ = c.NewSession()
	if err := agent.RequestAgentForwarding(s); err == nil {
		t.Fatal("agent forwarding was granted")
	}
	if ok, _, _ := c.SendRequest("tcpip-forward", true, gossh.Marshal(struct {
		Addr string
		Port uint32
	}{"127.0.0.1", 0})); ok {
		t.Fatal("remote port forwarding was granted")
	}
	if conn, err := c.Dial("tcp", m.Addr); err == nil {
		conn.Close()
		t.Fatal("local port forwarding was granted")
	}
	// A shell without a terminal gets a sentence, not a prompt.
	s, _ = c.NewSession()
	var out strings.Builder
	s.Stdout, s.Stderr = &out, &out
	if err = s.Shell(); err == nil {
		err = s.Wait()
	}
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() != 1 || !strings.Contains(out.String(), "ssh -t") {
		t.Fatalf("shell without a pty: %v %q", err, out.String())
	}
}
