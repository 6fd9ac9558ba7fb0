/** Staff accounts: who may sign in to Cairn, with which roles, and the throttling of failed sign-ins. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Staff",
        allowedDependencies = {"shared"})
package app.cairn.staff;
