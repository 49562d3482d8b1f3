#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back large, not yet touched column storage with transparent huge
/// pages where it allows that only on request (`madvise` mode).
enum HugePages {
    static let size = 2 << 20

    static func advise<Element>(_ array: inout [Element]) {
        #if canImport(Glibc)
        let bytes = array.capacity * MemoryLayout<Element>.stride
        guard bytes >= 2 * size else { return }
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let start = (UInt(bitPattern: base) + UInt(size - 1)) & ~UInt(size - 1)
            let end = (UInt(bitPattern: base) + UInt(bytes)) & ~UInt(size - 1)
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, Int(end - start), MADV_HUGEPAGE)
        }
        #endif
    }
}
