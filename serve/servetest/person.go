package servetest

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Person is someone who joins a served meeting with a key of their own
// and a role in the keys file.
type Person struct {
	Name, Role string
	Signer     gossh.Signer
}

// NewPerson gives name a fresh ed25519 key and role.
func NewPerson(t testing.TB, name, role string) Person {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return Person{Name: name, Role: role, Signer: s}
}

// KeyLine is p's line in the keys file: role, public key and name.
func (p Person) KeyLine() string {
	return fmt.Sprintf("role=%s %s %s", p.Role, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(p.Signer.PublicKey()))), p.Name)
}

// KeysFile is the keys file that lets every one of people in.
func KeysFile(people []Person) []byte {
	var lines []string
	for _, p := range people {
		lines = append(lines, p.KeyLine())
	}
	return []byte(strings.Join(lines, "\n"))
}

// Dial connects p to the server at addr, which must present host, without
// opening a session yet.
func Dial(addr string, host gossh.PublicKey, p Person) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            p.Name,
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(p.Signer)},
		HostKeyCallback: gossh.FixedHostKey(host),
		Timeout:         10 * time.Second,
	})
}
