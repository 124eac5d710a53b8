/// Values folded up a tree in `postorder(below:)`: each node's value is pushed after its children's, which are then
/// the last ones on the stack, in document order, one per child the node still has.
struct FoldStack<Value> {
    private var values: [Value] = []

    /// Calls `body` with each child of `node` and its value, in document order, and takes the values off the stack.
    mutating func popChildren(of node: Int, in tree: HTMLTree, _ body: (_ child: Int, _ value: Value) -> Void) {
        var count = 0
        var child = tree[node].firstChild
        while child >= 0 {
            count += 1
            child = tree[child].next
        }
        var position = values.count - count
        child = tree[node].firstChild
        while child >= 0 {
            body(child, values[position])
            position += 1
            child = tree[child].next
        }
        values.removeLast(count)
    }

    mutating func push(_ value: Value) {
        values.append(value)
    }
}
