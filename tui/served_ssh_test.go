package tui

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
	"github.com/debrief-dev/debrief/serve/servetest"
)

// room is a served meeting with the real meeting screen, on 127.0.0.1.
type room struct {
	*servetest.Meeting
	hub *serve.Hub
}

// openRoom starts a meeting in its first phase and serves it to guests.
func openRoom(t testing.TB, guests []servetest.Person, phase string) *room {
	t.Helper()
	ag := agenda.Default()
	now := time.Now().UTC()
	return openRoomEvents(t, guests, []model.Event{
		{Seq: 1, At: now, Kind: model.SessionCreated, Agenda: &ag, Setup: &model.Setup{Title: "Checkout outage", Severity: model.SEV2}},
		{Seq: 2, At: now, Kind: model.PhaseStarted, Phase: phase},
	})
}

// openRoomEvents serves the meeting evs make to guests.
func openRoomEvents(t testing.TB, guests []servetest.Person, evs []model.Event) *room {
	t.Helper()
	r := &room{Meeting: servetest.NewMeeting(t, evs)}
	hub, err := serve.NewHub(r.File, evs, serve.HubOptions{Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	r.hub = hub
	keys, err := serve.ParseKeys("keys", servetest.KeysFile(guests))
	if err != nil {
		t.Fatal(err)
	}
	hk, err := serve.HostKey(filepath.Join(r.Dir, "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := serve.NewServer(hub, Screen(Options{}, model.Policy{}),
		serve.Options{Addr: "127.0.0.1:0", HostKey: hk, Keys: keys, Logf: t.Logf})
	if err != nil {
		t.Fatal(err)
	}
	r.Serve(srv, hk.PublicKey())
	t.Cleanup(func() {
		srv.Close()
		hub.Close()
		r.File.Close()
	})
	return r
}
