package serve

import (
	"errors"
	"fmt"
	"net"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/gliderlabs/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/debrief-dev/debrief/model"
)

// Defaults for a served meeting: loopback only, and limits a meeting
// room never reaches but a misbehaving client does.
const (
	DefaultAddr        = "127.0.0.1:2222"
	DefaultIdleTimeout = 15 * time.Minute
	DefaultMaxClients  = 64
)

// Limits bound what one client can cost everyone else.
type Limits struct {
	// InputRate and InputBurst bound a client's input, in bytes per second.
	InputRate, InputBurst int
	// OutputBuffer is how much output may wait for a client that is not
	// reading before it is cut off.
	OutputBuffer int
	// ResizeEvery is the shortest time between two window changes a
	// screen is given.
	ResizeEvery time.Duration
	// MaxSequence bounds an escape sequence and MaxPaste a bracketed
	// paste, in bytes; the rest is dropped before the screen parses it.
	MaxSequence, MaxPaste int
}

// DefaultLimits are generous for a person and tight for a flood. A paste
// is bounded well above the largest note the hub takes (DefaultMaxText).
var DefaultLimits = Limits{InputRate: 256 << 10, InputBurst: 32 << 10, OutputBuffer: 1 << 20,
	ResizeEvery: 20 * time.Millisecond, MaxSequence: 4 << 10, MaxPaste: 64 << 10}

// Options configure a Server.
type Options struct {
	// Addr is where to listen; DefaultAddr, loopback only, when empty.
	Addr    string
	HostKey gossh.Signer
	// Keys lists who may join and in which role.
	Keys *Keys
	// Viewers lets keys not in Keys join, read-only.
	Viewers     bool
	IdleTimeout time.Duration
	MaxClients  int
	Limits      Limits
	// Logf reports refused connections and crashed screens; nothing when nil.
	Logf func(format string, args ...any)
}

// Client is one person's connection, as their screen is built for it.
type Client struct {
	Identity
	Terminal
	// Link is the screen's way to the hub.
	Link *Link
	// Events is the meeting so far, to fold; the slice must not be changed.
	Events []model.Event
	// Draft is what this key had typed and not committed when it last
	// left, "" for none.
	Draft string
}

// Screen builds the program a client sees.
type Screen func(c Client) tea.Model

// Server serves one meeting over SSH.
type Server struct {
	opts   Options
	hub    *Hub
	screen Screen
	srv    *ssh.Server

	conns   atomic.Int64
	mu      sync.Mutex
	clients int
	// perConn counts screens by connection: one each, so one
	// authenticated connection cannot open every place in the meeting.
	perConn map[string]int
}

// NewServer serves hub's meeting to SSH clients, each with a screen from
// screen.
func NewServer(hub *Hub, screen Screen, opts Options) (*Server, error) {
	if opts.HostKey == nil {
		return nil, errors.New("serve: no host key")
	}
	if opts.Keys.Len() == 0 && !opts.Viewers {
		return nil, errors.New("serve: the keys file lists nobody, and viewers are not let in")
	}
	if opts.Addr == "" {
		opts.Addr = DefaultAddr
	}
	if opts.IdleTimeout <= 0 {
		opts.IdleTimeout = DefaultIdleTimeout
	}
	if opts.MaxClients <= 0 {
		opts.MaxClients = DefaultMaxClients
	}
	if opts.Limits == (Limits{}) {
		opts.Limits = DefaultLimits
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	s := &Server{opts: opts, hub: hub, screen: screen, perConn: map[string]int{}}
	s.srv = &ssh.Server{
		Addr:        opts.Addr,
		Handler:     s.handle,
		IdleTimeout: opts.IdleTimeout,
		PublicKeyHandler: func(_ ssh.Context, key ssh.PublicKey) bool {
			_, known := opts.Keys.Lookup(key)
			return known || opts.Viewers
		},
		// Only an interactive session: no exec, no subsystem (sftp).
		SessionRequestCallback: func(_ ssh.Session, kind string) bool { return kind == "shell" },
		// Port forwarding is refused by leaving its callbacks nil; agent
		// and X11 forwarding by the session filter.
		ChannelHandlers: map[string]ssh.ChannelHandler{"session": refuseForwarding(ssh.DefaultSessionHandler)},
		ConnCallback:    s.admit,
	}
	s.srv.AddHostKey(opts.HostKey)
	return s, nil
}

// Listen opens the server's address.
func (s *Server) Listen() (net.Listener, error) { return net.Listen("tcp", s.opts.Addr) }

// Serve serves clients on ln until Close.
func (s *Server) Serve(ln net.Listener) error {
	err := s.srv.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Close disconnects everyone and stops serving.
func (s *Server) Close() error { return s.srv.Close() }

// admit bounds open connections, authenticated or not, so a flood of
// handshakes cannot exhaust the host.
func (s *Server) admit(_ ssh.Context, c net.Conn) net.Conn {
	if s.conns.Add(1) > int64(2*s.opts.MaxClients) {
		s.conns.Add(-1)
		s.opts.Logf("refused %s: too many connections", c.RemoteAddr())
		return nil
	}
	return &countedConn{Conn: c, n: &s.conns}
}

func (s *Server) handle(sess ssh.Session) {
	defer func() {
		if r := recover(); r != nil {
			// The user name is the client's to choose: quoted, it cannot
			// reach the host's terminal as a control sequence.
			s.opts.Logf("the session of %s crashed: %s\n%s", strconv.QuoteToASCII(sess.User()),
				strconv.QuoteToASCII(fmt.Sprint(r)), debug.Stack())
			sess.Exit(1)
		}
	}()
	ident := s.identify(sess.PublicKey())
	term, ok := terminalOf(sess)
	if !ok {
		fmt.Fprintln(sess.Stderr(), "debrief shows the meeting in a terminal; connect with ssh -t")
		sess.Exit(1)
		return
	}
	conn := sess.Context().SessionID()
	if why := s.enter(conn); why != "" {
		fmt.Fprintln(sess.Stderr(), why)
		sess.Exit(1)
		return
	}
	defer s.leave(conn)
	link, events, draft := s.hub.Join(ident)
	defer link.Leave()
	m := &guarded{m: s.screen(Client{Identity: ident, Terminal: term, Link: link, Events: events, Draft: draft}),
		who: ident.Name, logf: s.opts.Logf}
	err := runProgram(sess, m, term, s.opts.Limits, func(p *tea.Program) { go link.Deliver(p) })
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		s.opts.Logf("the screen of %s ended: %v", ident.Name, err)
	}
}

// identify names the person behind an authenticated key. x/crypto calls
// the key callback last for the key that authenticated, so the session's
// key is the proven one.
func (s *Server) identify(key ssh.PublicKey) Identity {
	if p, ok := s.opts.Keys.Lookup(key); ok {
		return Identity{Name: p.Name, Fingerprint: p.Fingerprint, Access: p.Role}
	}
	fp := gossh.FingerprintSHA256(key)
	return Identity{Name: "guest-" + fp[len("SHA256:"):len("SHA256:")+6], Fingerprint: fp, Access: model.Viewer}
}

// enter takes a place in the meeting for a screen on connection conn,
// or says why there is none.
func (s *Server) enter(conn string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.perConn[conn] > 0:
		return "this connection already shows the meeting; open another ssh to join twice"
	case s.clients >= s.opts.MaxClients:
		return fmt.Sprintf("the meeting is full (%d people); ask the host to raise the limit", s.opts.MaxClients)
	}
	s.clients++
	s.perConn[conn]++
	return ""
}

func (s *Server) leave(conn string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clients--
	if s.perConn[conn]--; s.perConn[conn] <= 0 {
		delete(s.perConn, conn)
	}
}

type countedConn struct {
	net.Conn
	n    *atomic.Int64
	once sync.Once
}

// Close frees the connection's place once, however often it is called.
func (c *countedConn) Close() error {
	c.once.Do(func() { c.n.Add(-1) })
	return c.Conn.Close()
}

// refuseForwarding wraps the session handler so agent and X11
// forwarding requests are answered no, rather than accepted and ignored.
func refuseForwarding(h ssh.ChannelHandler) ssh.ChannelHandler {
	return func(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
		h(srv, conn, filteredChannel{ch}, ctx)
	}
}

type filteredChannel struct{ gossh.NewChannel }

// Accept accepts the channel and answers forwarding requests no.
func (c filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for r := range reqs {
			switch r.Type {
			case "auth-agent-req@openssh.com", "x11-req":
				r.Reply(false, nil)
			default:
				out <- r
			}
		}
	}()
	return ch, out, nil
}
