package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// TestServeFlags checks what serve refuses before anyone can join: each
// is exit status 2 with a message naming the flag or the file and line,
// and no session file is left behind.
func TestServeFlags(t *testing.T) {
	dir := t.TempDir()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := gossh.NewPublicKey(priv.Public())
	if err != nil {
		t.Fatal(err)
	}
	key := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(pub)))
	bad := filepath.Join(dir, "team.keys")
	os.WriteFile(bad, []byte("# the team\nrole=scribe "+key+" kim\nrole=boss "+key+" ana\n"), 0o600)
	good := filepath.Join(dir, "good.keys")
	os.WriteFile(good, []byte("role=scribe "+key+" kim\n"), 0o600)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	hk := filepath.Join(dir, "host_key")
	session := filepath.Join(dir, "s.debrief.yaml")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--keys", bad}, bad + ":3"},
		{[]string{"--keys", filepath.Join(dir, "none.keys")}, "none.keys"},
		{[]string{}, "--keys FILE"},
		{[]string{"--viewers", "--max-clients", "0"}, "--max-clients"},
		{[]string{"--viewers", "--idle", "-1s"}, "--idle"},
		{[]string{"--keys", good, "--role", "boss"}, "--role"},
		{[]string{"--keys", good, "--severity", "SEV-9"}, "--severity"},
		{[]string{"--keys", good, "--listen", busy.Addr().String()}, "--listen"},
		{[]string{"--keys", good, "--resume", filepath.Join(dir, "gone.debrief.yaml")}, "--session"},
		{[]string{"--keys", good, "leftover"}, "--resume"},
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"serve", "--host-key", hk, "--session", session}, tc.args...)
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitError {
			t.Errorf("%v: exit %d, want %d; stderr: %s", tc.args, code, exitError, stderr.String())
		}
		if !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: stderr %q does not name %q", tc.args, stderr.String(), tc.want)
		}
		if _, err := os.Stat(session); err == nil {
			t.Fatalf("%v: a session file was left behind", tc.args)
		}
	}
}
