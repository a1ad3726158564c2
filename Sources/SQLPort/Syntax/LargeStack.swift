#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a closure on a thread of its own with a large stack, and waits for it.
///
/// The parser recurses once per nesting level of an expression, and a debug build
/// spends some 30 KB of stack per level. `Parser.maxExpressionDepth` bounds the
/// depth, but the caller's thread may be small (Swift concurrency threads can have
/// 512 KB), so the parse gets a stack whose size is known. The memory is reserved,
/// not committed: pages the parse never touches cost nothing.
enum LargeStack {
    static let size = 64 << 20

    static func run<T>(_ body: @escaping () -> T) -> T {
        // Already on such a thread (a baseline load parsing its fragments): no second one.
        if pthread_getspecific(marker) != nil { return body() }
        let box = ResultBox(body)
        guard spawnAndJoin(box) else { return body() }  // no thread to be had: use this one
        return box.result ?? body()
    }

    private static func spawnAndJoin(_ box: Runnable) -> Bool {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return false }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, size) == 0 else { return false }
        let context = Unmanaged.passRetained(box as AnyObject).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let created = pthread_create(&thread, &attributes, { context in
            LargeStack.enter(context)
            return nil
        }, context)
        guard created == 0, let started = thread else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return false
        }
        return pthread_join(started, nil) == 0
        #else
        var thread = pthread_t()
        let created = pthread_create(&thread, &attributes, { context in
            if let context { LargeStack.enter(context) }
            return nil
        }, context)
        guard created == 0 else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return false
        }
        return pthread_join(thread, nil) == 0
        #endif
    }

    /// Set on the threads `run` starts, so nested calls run where they are.
    private static let marker: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static func enter(_ context: UnsafeMutableRawPointer) {
        pthread_setspecific(marker, UnsafeRawPointer(bitPattern: 1))
        let object = Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue()
        (object as? Runnable)?.run()
    }
}

private protocol Runnable: AnyObject {
    func run()
}

/// Carries the closure to the thread and its result back; `pthread_join` orders the
/// write before the read.
private final class ResultBox<T>: Runnable {
    let body: () -> T
    var result: T?
    init(_ body: @escaping () -> T) { self.body = body }
    func run() { result = body() }
}
