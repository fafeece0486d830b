//go:build unix

package atomicfile

import (
	"os"
	"syscall"
)

// createExcl creates name (O_EXCL) for reading and writing. os.OpenFile
// would try to add a regular file to the runtime's poller, which refuses
// it: four fcntl calls and a failed epoll_ctl per output of a batch.
// os.NewFile on a blocking descriptor checks its flags once.
func createExcl(name string, perm os.FileMode) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDWR|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, uint32(perm.Perm()))
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}

// rename is rename(2). os.Rename first stats the destination to refuse
// replacing a directory, which rename(2) refuses as well when the source
// is a file (EISDIR): one stat less per output.
func rename(from, to string) error {
	for {
		err := syscall.Rename(from, to)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: err}
		}
		return nil
	}
}
