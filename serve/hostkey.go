package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	gossh "golang.org/x/crypto/ssh"
)

// HostKey returns the server's host key from path, generating an ed25519
// key there (mode 0600) on first run, so people who joined once get no
// warning the next time. A key file others can read is refused, as ssh
// itself refuses one.
func HostKey(path string) (gossh.Signer, error) {
	// Stat before opening: opening a FIFO waits for a writer forever.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: the host key is not a regular file", path)
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return newHostKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: cannot open the host key: %s", path, plainErr(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the host key: %s", path, plainErr(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: the host key is not a regular file", path)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s: the host key is readable by others (mode %04o); run chmod 600 %s", path, fi.Mode().Perm(), path)
	}
	data, err := io.ReadAll(io.LimitReader(f, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the host key: %s", path, plainErr(err))
	}
	s, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: not an unencrypted SSH private key: %v", path, err)
	}
	return s, nil
}

func newHostKey(path string) (gossh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "debrief serve host key")
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot create the host key: %s", path, plainErr(err))
	}
	_, err = f.Write(pem.EncodeToMemory(block))
	if err == nil {
		err = f.Chmod(0o600) // whatever the umask took away or left
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path) // ours, and not a usable key
		return nil, fmt.Errorf("%s: cannot write the host key: %s", path, plainErr(err))
	}
	return gossh.NewSignerFromKey(priv)
}
