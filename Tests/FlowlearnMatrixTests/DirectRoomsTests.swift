import Testing
@testable import FlowlearnMatrix

@Suite struct DirectRoomsTests {
    @Test func mergingKeepsEveryRoomAndNewestComesFirst() {
        var rooms = DirectRooms(content: ["@a:x": ["!1", "!2"], "@b:x": ["!3"]])
        #expect(rooms.isDirect("!2") && rooms.isDirect("!3") && !rooms.isDirect("!9"))
        #expect(rooms.rooms(with: "@a:x") == ["!2", "!1"])
        #expect(rooms.person(in: "!3") == "@b:x")
        // An older copy of the account data does not undo a later addition.
        let added = rooms.add("!4", with: "@a:x")
        let addedAgain = rooms.add("!4", with: "@a:x")
        #expect(added && !addedAgain)
        rooms.merge(["@a:x": ["!1"]])
        #expect(rooms.rooms(with: "@a:x") == ["!4", "!2", "!1"])
        #expect(rooms.content == ["@a:x": ["!1", "!2", "!4"], "@b:x": ["!3"]])
        rooms.merge("not an object")
        #expect(rooms.roomIDs.count == 4)
    }
}
