import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for installer/measure-startup.sh: the least a JavaFX app does before its first window,
 * run on the same runtime and the same JavaFX as the installed app.
 */
public final class HelloFx extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello JavaFX");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 400, 200));
        stage.show();
    }
}

/** Starts {@link HelloFx} from a class that is no Application, as the app's own Main does on the class path. */
final class HelloFxMain {

    private HelloFxMain() {
    }

    public static void main(String[] args) {
        Application.launch(HelloFx.class, args);
    }
}
