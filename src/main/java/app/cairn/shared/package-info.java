/** Value types and the main layout that every module may use; holds no business rules. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.cairn.shared;
