package serve

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve/servetest"
)

// meeting is a served meeting on 127.0.0.1 with a session file.
type meeting struct {
	*servetest.Meeting
	hub *Hub
	srv *Server
}

func startMeeting(t testing.TB, people []servetest.Person, viewers bool) *meeting {
	t.Helper()
	return startMeetingWith(t, people, func(o *Options) { o.Viewers = viewers })
}

// startMeetingWith starts a meeting with options set by set.
func startMeetingWith(t testing.TB, people []servetest.Person, set func(*Options)) *meeting {
	t.Helper()
	ag := agenda.Default()
	first := []model.Event{{Seq: 1, At: time.Now().UTC(), Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "pool"}}}
	m := &meeting{Meeting: servetest.NewMeeting(t, first)}
	hub, err := NewHub(m.File, first, HubOptions{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	keys, err := ParseKeys("keys", servetest.KeysFile(people))
	if err != nil {
		t.Fatal(err)
	}
	hk, err := HostKey(filepath.Join(m.Dir, "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Addr: "127.0.0.1:0", HostKey: hk, Keys: keys, Logf: t.Logf}
	set(&opts)
	srv, err := NewServer(hub, newTestScreen, opts)
	if err != nil {
		t.Fatal(err)
	}
	m.hub, m.srv = hub, srv
	m.Serve(srv, hk.PublicKey())
	t.Cleanup(m.stop)
	return m
}

func (m *meeting) stop() {
	m.srv.Close()
	m.hub.Close()
	m.File.Close()
}

// join connects p with an 80x24 terminal.
func (m *meeting) join(p servetest.Person) *servetest.Term {
	m.T.Helper()
	return m.Join(p, 80, 24)
}
