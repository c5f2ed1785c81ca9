package serve

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"github.com/debrief-dev/debrief/model"

	"github.com/debrief-dev/debrief/serve/servetest"
)

func TestParseKeys(t *testing.T) {
	ana, kim := servetest.NewPerson(t, "ana", "facilitator"), servetest.NewPerson(t, "kim", "participant")
	file := "# the team\n\n" + ana.KeyLine() + "\n" + kim.KeyLine() + "\n"
	k, err := ParseKeys("keys", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := k.Lookup(kim.Signer.PublicKey()); !ok || p.Name != "kim" || p.Role != model.Participant {
		t.Fatalf("kim: %+v %v", p, ok)
	}
	if p, ok := k.Lookup(ana.Signer.PublicKey()); !ok || p.Role != model.Facilitator {
		t.Fatalf("ana: %+v %v", p, ok)
	}
	if _, ok := k.Lookup(servetest.NewPerson(t, "zed", "viewer").Signer.PublicKey()); ok {
		t.Fatal("a key not in the file was found")
	}
}

func TestParseKeysErrors(t *testing.T) {
	p := servetest.NewPerson(t, "kim", "scribe")
	key := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(p.Signer.PublicKey())))
	cases := []struct{ file, want string }{
		{"\n" + key + " kim", "keys:2: role: missing"},
		{"role=admin " + key + " kim", `keys:1: role: unknown role "admin"`},
		{`command="sh",role=scribe ` + key + " kim", `keys:1: options: only role=... is allowed, found "command=\"sh\""`},
		{"role=scribe " + key, "keys:1: name: missing"},
		{"role=scribe " + key + " kim\n#\nrole=viewer " + key + " kim2", "keys:3: key: listed twice, also on line 1"},
		{"role=scribe ssh-ed25519 AAAAnotbase64 kim", "keys:1: key: not an authorized_keys line"},
		{"role=scribe,role=viewer " + key + " kim", "keys:1: role: given twice"},
		{"role=\x1b[31m " + key + " kim", `\x1b`},
	}
	for _, c := range cases {
		_, err := ParseKeys("keys", []byte(c.file))
		var ke *KeysError
		if !errors.As(err, &ke) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.file, err, c.want)
		}
		if err != nil && strings.ContainsRune(err.Error(), 0x1b) {
			t.Errorf("%q: the message carries an escape", c.file)
		}
	}
	if _, err := LoadKeys(filepath.Join(t.TempDir(), "missing")); err == nil || !strings.Contains(err.Error(), "missing: cannot open") {
		t.Errorf("missing file: %v", err)
	}
}

func TestHostKeyMadeOnceOwnerOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "host_key")
	first, err := HostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("host key mode %v, want 0600 (%v)", fi.Mode().Perm(), err)
	}
	if first.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Fatalf("host key type %s", first.PublicKey().Type())
	}
	again, err := HostKey(path)
	if err != nil || string(again.PublicKey().Marshal()) != string(first.PublicKey().Marshal()) {
		t.Fatalf("second run made a different key (%v)", err)
	}
	os.Chmod(path, 0o644)
	if _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("a key others can read: %v", err)
	}
	os.Chmod(path, 0o600)
	os.WriteFile(path, []byte("not a key"), 0o600)
	if _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("garbage key: %v", err)
	}
}
