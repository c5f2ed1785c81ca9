package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/textsafe"
	"github.com/debrief-dev/debrief/tui"
)

// serveFlags are what serve takes beyond new's setup flags.
type serveFlags struct {
	listen, keys, hostKey, resume, role, name *string
	viewers                                   *bool
	maxClients                                *int
	idle                                      *time.Duration
}

func cmdServe(args []string, stderr io.Writer) int {
	fs := newFlagSet("serve", stderr, "serve --keys FILE [--listen ADDR] [--viewers] [new's flags | --resume FILE]")
	f := serveFlags{
		listen:     fs.String("listen", serve.DefaultAddr, "the `ADDR` people connect to; loopback only unless you say otherwise"),
		keys:       pathFlag(fs, "keys", "who may join: a `FILE` of authorized_keys lines with a role, e.g. role=scribe ssh-ed25519 AAAA… kim"),
		hostKey:    pathFlag(fs, "host-key", "the server's own key `FILE`, made on first run (default: debrief/host_key in your config folder)"),
		resume:     pathFlag(fs, "resume", "serve the meeting in this session `FILE` instead of starting one"),
		role:       fs.String("role", "facilitator", "the `ROLE` of this terminal (facilitator, scribe, participant or viewer)"),
		name:       fs.String("name", "", "the `NAME` this terminal's notes are signed with (default: your user name)"),
		viewers:    fs.Bool("viewers", false, "let keys not in --keys follow the meeting, read-only"),
		maxClients: fs.Int("max-clients", serve.DefaultMaxClients, "at most `N` people connected at once"),
		idle:       fs.Duration("idle", serve.DefaultIdleTimeout, "disconnect a person after this `DURATION` with no input (15m, 1h)"),
	}
	sf := addSetupFlags(fs)
	sessionFile := pathFlag(fs, "session", "the session `FILE` to write (default: a dated name in this folder)")
	imports := addImportFlags(fs)
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) > 0 {
		return fail(stderr, fmt.Errorf("unexpected argument %q (to serve a meeting again: debrief serve --resume FILE)", pos[0]))
	}
	opts, hostAccess, err := f.options()
	if err != nil {
		return fail(stderr, err)
	}
	setup, ag, rules, err := sf.parse()
	if err != nil {
		return fail(stderr, err)
	}
	// The address is taken before the session file is made, so a port in
	// use leaves nothing behind.
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return fail(stderr, fmt.Errorf("--listen %s: %w", opts.Addr, err))
	}
	defer ln.Close()
	var file *store.File
	var events []model.Event
	resumed := *f.resume != ""
	if resumed {
		if *sessionFile != "" || len(imports.files) > 0 {
			return fail(stderr, errors.New("--resume serves a session as it is: --session and --import start a new one"))
		}
		file, events, resumed, err = resumeServed(fs, *f.resume, setup, ag, stderr)
	} else {
		file, events, err = createServed(*sessionFile, imports, setup, ag, stderr)
	}
	if err != nil {
		return fail(stderr, err)
	}
	log := &hostLog{}
	drafts := store.DraftsPath(file.Path())
	hub, err := serve.NewHub(file, events, serve.HubOptions{Logf: log.printf, DraftsFile: drafts})
	if err != nil {
		file.Close()
		return fail(stderr, err)
	}
	if resumed {
		if err := hub.Record(model.Event{Kind: model.SessionResumed}); err != nil {
			log.printf("%v", err)
		}
	}
	opts.Logf = log.printf
	// Rhymes and open items come from the archive beside the session file,
	// as at one keyboard: one index for every screen in the room.
	shared := &sharedArchive{open: meetingArchive(file.Path())}
	base := tui.Options{Rules: rules, Export: exporter(file.Path(), rules), Archive: shared.opener()}
	policy := model.Policy{}
	srv, err := serve.NewServer(hub, tui.Screen(base, policy), opts)
	if err != nil {
		hub.Close()
		file.Close()
		return fail(stderr, err)
	}
	go srv.Serve(ln)
	runErr := hostScreen(hub, base, policy, serve.Identity{Name: hostName(*f.name), Fingerprint: "host", Access: hostAccess},
		joinHint(ln.Addr()))
	// Everyone's screen folds the close and says the meeting is over
	// before the connections go.
	if err := hub.Record(model.Event{Kind: model.SessionClosed}); err != nil {
		log.printf("%v", err)
	}
	time.Sleep(closeGrace)
	srv.Close()
	hub.Close()
	shared.Close()
	path := file.Path()
	log.writeTo(stderr)
	failed := runErr != nil && !errors.Is(runErr, tea.ErrInterrupted)
	if failed {
		fmt.Fprintf(stderr, "debrief: %v\n", runErr)
	}
	// What the session file would not take (a full disk, a folder removed
	// under the meeting) is tried again, then rescued whole, as at one
	// keyboard: "Session saved" is said only of a file that holds it all.
	if err := finalSave(file, hub.Events(), stderr); err != nil {
		return exitError
	}
	fmt.Fprintf(stderr, "Session saved to %s\n  serve it again:  debrief serve --resume %s%s\n  export:  debrief export %s -o %s\n",
		path, quoteArg(path), f.againArgs(), quoteArg(path), quoteArg(markdownPath(path)))
	if _, err := os.Stat(drafts); err == nil {
		fmt.Fprintf(stderr, "  What people had typed and not committed is kept in %s; serving the meeting again gives it back to them.\n", textsafe.Escape(drafts))
	}
	if failed {
		// The host's screen could not run (no terminal to read keys
		// from): the meeting ended at once, which a script must not
		// take for success.
		return exitError
	}
	return exitOK
}

// closeGrace is how long the guests' screens get to say the meeting is
// over before their connections close.
const closeGrace = 500 * time.Millisecond

// againArgs are the flags that serving the meeting again needs as this
// run had them: without --keys (or --viewers) nobody could join, and the
// same address and host key spare everyone a new port or a warning.
func (f *serveFlags) againArgs() string {
	var b strings.Builder
	if *f.keys != "" {
		b.WriteString(" --keys " + quoteArg(*f.keys))
	}
	if *f.viewers {
		b.WriteString(" --viewers")
	}
	if *f.listen != serve.DefaultAddr {
		b.WriteString(" --listen " + quoteArg(*f.listen))
	}
	if *f.hostKey != "" {
		b.WriteString(" --host-key " + quoteArg(*f.hostKey))
	}
	return b.String()
}

// options checks serve's own flags: the keys file, the host key, limits.
func (f serveFlags) options() (serve.Options, model.Access, error) {
	var o serve.Options
	access, err := model.ParseAccess(*f.role)
	if err != nil {
		return o, access, fmt.Errorf("--role: %w", err)
	}
	if *f.maxClients < 1 {
		return o, access, fmt.Errorf("--max-clients: %d is not a number of people (want 1 or more)", *f.maxClients)
	}
	if *f.idle <= 0 {
		return o, access, fmt.Errorf("--idle: %s is not a time to wait (want e.g. 15m)", *f.idle)
	}
	if *f.keys == "" && !*f.viewers {
		return o, access, errors.New("nobody could join: give --keys FILE (see debrief help serve) or --viewers to let anyone follow read-only")
	}
	keys := &serve.Keys{}
	if *f.keys != "" {
		if keys, err = serve.LoadKeys(*f.keys); err != nil {
			return o, access, err
		}
	}
	hk := *f.hostKey
	if hk == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return o, access, fmt.Errorf("--host-key: no config folder to keep the host key in (%v); give --host-key FILE", err)
		}
		hk = filepath.Join(dir, "debrief", "host_key")
		if err := os.MkdirAll(filepath.Dir(hk), 0o700); err != nil {
			return o, access, fmt.Errorf("--host-key: %w", err)
		}
	}
	signer, err := serve.HostKey(hk)
	if err != nil {
		return o, access, err
	}
	return serve.Options{Addr: *f.listen, HostKey: signer, Keys: keys, Viewers: *f.viewers,
		IdleTimeout: *f.idle, MaxClients: *f.maxClients, Limits: serve.DefaultLimits}, access, nil
}

// createServed starts a new session file with the setup from the flags
// and any imported rows: the hub needs the meeting open before anyone
// joins.
func createServed(path string, imports *importFlags, setup model.Setup, ag agenda.Agenda, stderr io.Writer) (*store.File, []model.Event, error) {
	events, err := importedSession(imports, setup, ag, time.Now())
	if err != nil {
		return nil, nil, err
	}
	var rows []model.DraftRow
	if st, err := model.Fold(events); err == nil {
		for _, d := range st.Drafts() {
			rows = append(rows, model.DraftRow{Source: d.Source})
		}
	}
	if path == "" {
		path = store.DefaultPath(time.Now(), ".")
	}
	f, err := store.Create(path)
	if err != nil {
		return nil, nil, err
	}
	if err := f.Append(events...); err != nil {
		f.Close()
		return nil, nil, err
	}
	reportImport(stderr, imports, rows, true)
	return f, events, nil
}

// resumeServed opens a session file to serve it again. A session whose
// meeting never started (its setup screen was closed) is started here
// with the setup and agenda from the flags, in the same file: a new
// session would refuse the file because it exists. resumed is false then.
func resumeServed(fs *flag.FlagSet, path string, setup model.Setup, ag agenda.Agenda, stderr io.Writer) (f *store.File, events []model.Event, resumed bool, err error) {
	f, events, warnings, err := store.Open(path)
	if err != nil {
		return nil, nil, false, err
	}
	warn(stderr, warnings)
	if len(events) > 0 {
		// Started since: the setup is in the session file now.
		forgetSetup(path, stderr)
		return f, events, true, nil
	}
	// What was typed on its setup screen is what resume would open with.
	setup, drafted, err := servedSetup(fs, path, setup, stderr)
	if err == nil {
		events, err = importedSession(&importFlags{}, setup, ag, time.Now())
	}
	if err == nil {
		err = f.Append(events...)
	}
	if err != nil {
		f.Close()
		return nil, nil, false, err
	}
	from := "the setup from the flags"
	if drafted {
		from = "the setup typed on its setup screen and the flags given now"
		forgetSetup(path, stderr)
	}
	fmt.Fprintf(stderr, "debrief: %s: the meeting never started; starting it now with %s\n", textsafe.Escape(path), from)
	return f, events, false, nil
}

// hostScreen runs the meeting screen at the host's own terminal, joined
// to the hub like everyone else's.
func hostScreen(hub *serve.Hub, base tui.Options, policy model.Policy, ident serve.Identity, hint string) error {
	link, events, draft := hub.Join(ident)
	defer link.Leave()
	m := tui.HostScreen(base, policy, serve.Client{Identity: ident, Link: link, Events: events, Draft: draft,
		Terminal: serve.Terminal{Width: 80, Height: 24}}, hint)
	var opts []tea.ProgramOption
	if !term.IsTerminal(os.Stdin.Fd()) {
		opts = append(opts, tea.WithInput(os.Stdin)) // keys piped in by a script or a test
	}
	p := tea.NewProgram(m, opts...)
	go link.Deliver(p)
	_, err := p.Run()
	return err
}

// joinHint is what the host tells the room: the command that joins.
func joinHint(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return ""
	}
	if ip := net.ParseIP(host); ip != nil && (ip.IsLoopback() || ip.IsUnspecified()) {
		host = "localhost"
		if ip.IsUnspecified() {
			if h, err := os.Hostname(); err == nil {
				host = h
			}
		}
	}
	return fmt.Sprintf("ssh -p %s %s", port, host)
}

func hostName(flag string) string {
	for _, s := range []string{flag, os.Getenv("USER"), os.Getenv("USERNAME")} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return "host"
}

// hostLog keeps what the server reports while the host's screen is up,
// to print once it is closed: printing then would tear the screen.
type hostLog struct {
	mu    sync.Mutex
	lines []string
}

// maxHostLog bounds the lines kept: a flood of refused connections
// keeps its last lines.
const maxHostLog = 100

func (l *hostLog) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.lines) == maxHostLog {
		l.lines = l.lines[1:]
	}
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *hostLog) writeTo(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.lines {
		fmt.Fprintf(w, "debrief: %s\n", textsafe.EscapeLines(s))
	}
}
